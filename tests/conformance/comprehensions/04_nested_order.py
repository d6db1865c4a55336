result = []
for x in range(3):
    for y in "ab":
        result.append(f"{x}{y}")
print(result == [f"{x}{y}" for x in range(3) for y in "ab"])
print([f"{x}{y}" for x in range(3) for y in "ab"])
print([(a, b, c) for a in range(1, 12) for b in range(a, 12) for c in range(b, 14) if a * a + b * b == c * c])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(len(matrix[0]))])
print([y for x in [[1, [2]], [3]] for y in x if isinstance(y, int)])
