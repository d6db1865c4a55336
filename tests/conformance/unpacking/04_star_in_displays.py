a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b}, [*"hi", *range(2)])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1})
print(*a, *b)
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 5, *b, **d1, q=9))
print([*[], *()], {**{}})
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({**[1]})
except TypeError as e:
    print(type(e).__name__, e)
