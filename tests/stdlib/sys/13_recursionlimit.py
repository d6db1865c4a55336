# The recursion limit: reading and setting it, RecursionError from deep recursion (caught, and
# the program carries on), and invalid limits.
import sys

old = sys.getrecursionlimit()
print(type(old).__name__, old >= 100)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(50))
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    depth(1000)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
print(depth(100))


def forever():
    return forever()


try:
    forever()
except RecursionError as e:
    print('again', e)
sys.setrecursionlimit(5000)
print(depth(1000))
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ['100', 1.5, None]:
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit(2 ** 40)
except OverflowError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.getrecursionlimit(1)
except TypeError as e:
    print(type(e).__name__, e)
