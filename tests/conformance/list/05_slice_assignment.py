xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[::3] = [None] * 3
print(xs)
xs[1:1] = [100, 200]
print(xs)
xs[-2:] = []
print(xs)
xs[:] = "xyz"
print(xs)
try:
    xs[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
ys = [1, 2, 3, 4, 5, 6]
ys[1::2] = [0, 0, 0]
print(ys)
