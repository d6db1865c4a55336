a = {1, 2, 3}
print(a == {3, 2, 1}, a < {1, 2, 3, 4}, a > {1}, a <= a, {1, 5} < a, {1, 5} > a)
print(frozenset(a) == a, a != frozenset({1}))
print({"x": 1, "y": [2]} == {"y": [2], "x": 1}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3})
print(sorted([{3, 4}, {1}, {1, 2}], key=len))
print([1, 2] in [[1, 2], [3]], {"k": 1} in [{"k": 1}])
print(a.issubset({1, 2, 3}), {1, 2} < {1, 2})
