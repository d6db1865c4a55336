matrix = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in matrix] for i in range(3)]
flat = [v for row in matrix for v in row]
d = {i: [j for j in range(i)] for i in range(4)}
s = [x for x in [y * 2 for y in range(5)] if x in {z for z in range(0, 10, 4)}]
g = sum(sum(v for v in row) for row in matrix)
print(t, flat, d, s, g)
