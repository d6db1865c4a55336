def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(inner))
             for j in range(cols)]
            for i in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
assert matmul(m, identity) == m
print(transpose(m))
