def f(*args, **kwargs):
    return len(args) + len(kwargs)
a = f"{ f(1, 2, k=3) }"
b = f"{f(*[1, 2], **{'z': 0})}"
c = f"{  'padded'  }"
d = f"{3 + 4 :>6}"
print(a, b, c, d)
