print({x: x ** 2 for x in range(5)})
words = ["apple", "banana", "cherry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words + ["avocado"]})
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v % 2})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: [v] * v for k, v in zip("xy", [1, 2])})
