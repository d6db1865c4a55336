print(3 in [1, 2, 3], 4 not in (1, 2), "a" in {"a": 1}, 1 in {"a": 1}.values())
print("ell" in "hello", "" in "", [] in [[]], (1,) in [(1,), 2])
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), 10 in range(10))
print(1.0 in [1], True in [1], None in [0, False, ""])
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] in {1, 2})
except TypeError as e:
    print(type(e).__name__, e)
nested = [[1, 2], [3]]
print([3] in nested, 3 in nested, any(3 in sub for sub in nested))
