import array

def sor(n, omega, grid, cycles):
    w4 = omega * 0.25
    w1 = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            gi = grid[i]
            gim = grid[i - 1]
            gip = grid[i + 1]
            for j in range(1, n - 1):
                gi[j] = w4 * (gim[j] + gip[j] + gi[j - 1] + gi[j + 1]) + w1 * gi[j]

n = 6
grid = [array.array('d', [float(i * n + j) / 10 for j in range(n)]) for i in range(n)]
sor(n, 1.25, grid, 3)
for row in grid:
    print(' '.join('%.6f' % v for v in row))

def lu_like(a):
    n = len(a)
    for k in range(n):
        for i in range(k + 1, n):
            f = a[i][k] / a[k][k]
            for j in range(k, n):
                a[i][j] -= f * a[k][j]
    return a

m = [array.array('d', [4.0, 3.0, 2.0]), array.array('d', [2.0, 1.0, 3.0]), array.array('d', [3.0, 2.0, 1.0])]
for row in lu_like(m):
    print(['%.4f' % v for v in row])
acc = array.array('q', [0]) * 4
for i in range(100):
    acc[i % 4] += i
print(acc)
