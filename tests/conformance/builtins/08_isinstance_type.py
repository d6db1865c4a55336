values = [1, 1.0, "1", [1], (1,), {1: 1}, {1}, None, True, range(1), len]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), type(v) is int)
print(type(int), type(type(3)) is type, type(None))
print(isinstance(3, object), isinstance(int, object), issubclass(int, object))
try:
    issubclass(3, int)
except TypeError as e:
    print(type(e).__name__, e)
print(type("x") == str, type([]) != list)
