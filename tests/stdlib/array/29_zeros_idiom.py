import array

z = array.array('d', [0.0]) * 5
print(z)
z[2] = 3.5
print(z, z.count(0.0))
zi = array.array('i', [0] * 4)
print(zi)
grid = [array.array('b', [0]) * 3 for _ in range(2)]
grid[0][1] = 1
print(grid)
print(array.array('d', [0.0]) * 0)
print(array.array('f', [1.0, 2.0]) * 2)
big = array.array('B', [7]) * 1000
print(len(big), sum(big), big[999])
