# A sort key lambda fails on one element.
rows = [('a', 6, 3), ('b', 5, 5), ('c', 1, 0)]
print(sorted(rows[:2], key=lambda r: r[1] / r[2]))
ranked = sorted(rows, key=lambda r: r[1] / r[2])
