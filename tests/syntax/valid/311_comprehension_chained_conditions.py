data = range(20)
a = [x for x in data if 2 < x < 10 if x % 3 != 0]
b = {x: y for x in range(3) for y in range(3) if x < y <= 2}
c = [(i, j) for i, row in enumerate([[1, 2], [3]]) for j, _ in enumerate(row)]
d = [x for x in data if x in range(5) and x not in (1, 2)]
print(a, b, c, d)
