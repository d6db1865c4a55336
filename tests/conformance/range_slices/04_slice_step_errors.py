xs = [1, 2, 3, 4]
try:
    print(xs[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("abc"[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(xs["a":])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(xs[1.5:2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs[::2] = [9]
except ValueError as e:
    print(type(e).__name__, e)
print(xs)
