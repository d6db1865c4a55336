orders = [("ann", "tea", 2), ("bob", "coffee", 1), ("ann", "coffee", 3), ("cy", "tea", 1)]
by_customer = {c: [p for cc, p, _ in orders if cc == c] for c, _, _ in orders}
print(by_customer)
qty = {p: sum(q for _, pp, q in orders if pp == p) for _, p, _ in orders}
print(qty)
big = {(c, p) for c, p, q in orders if q > 1}
print(sorted(big))
matrix = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(matrix[2], matrix[3][3])
print([[c for c in w if c in "aeiou"] for w in ["tea", "coffee"]])
