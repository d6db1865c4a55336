matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][2], matrix[-1][-1], len(matrix), sum(len(r) for r in matrix))
transpose = [[row[i] for row in matrix] for i in range(3)]
print(transpose)
flat = [x for row in matrix for x in row]
print(flat)
print([row[::-1] for row in matrix[::-1]])
print(max(matrix, key=sum), min(map(min, matrix)))
matrix[0][1:2] = []
print(matrix)
