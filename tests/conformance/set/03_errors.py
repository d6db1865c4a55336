s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s[0])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s + {3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s | [3])
except TypeError as e:
    print(type(e).__name__, e)
