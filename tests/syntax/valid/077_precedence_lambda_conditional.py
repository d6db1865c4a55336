y = True
f = lambda: 1 if y else 2
g = lambda x: x if x else -x
h = (lambda: 1) if y else (lambda: 2)
k = lambda a, b=1 if y else 2: a + b
print(f(), g(-3), h(), k(1))
