try:
    print("a" + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 + "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc" - "c")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("abc"[5])
except IndexError as e:
    print(type(e).__name__, e)
