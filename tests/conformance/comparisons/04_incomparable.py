pairs = [(1, "1"), ("a", None), ([], ()), ({}, {}), ({1}, [1]), (None, 0)]
for a, b in pairs:
    try:
        print(repr(a), "<", repr(b), "->", a < b)
    except TypeError as e:
        print(type(e).__name__, e)
for a, b in pairs:
    print(repr(a), "==", repr(b), "->", a == b, a != b)
try:
    print(1 >= "x")
except TypeError as e:
    print(e)
try:
    print(None <= None)
except TypeError as e:
    print(e)
