a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b))
a.add(10); a.discard(1); a.remove(2)
print(a <= {3, 4, 10}, frozenset(a) == a, {x % 3 for x in a})
