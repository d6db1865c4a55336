records = [("bob", 25, 3.5), ("alice", 30, 4.0), ("bob", 20, 3.9), ("carol", 25, 3.1)]
print(sorted(records))
print(max(records), min(records, key=lambda r: r[2]))
print(sorted(records, key=lambda r: (r[1], r[0])))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[1])
print((1, 2, 3) > (1, 2), (2,) > (1, 9, 9), () < (0,))
