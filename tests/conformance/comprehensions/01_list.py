print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "abc" if c != "b"])
print([x if x % 2 else -x for x in range(6)])
words = ["hello", "world", "py"]
print([w[0] for w in words], [len(w) for w in words if len(w) > 2])
print([i for row in [[1, 2], [3]] for i in row])
