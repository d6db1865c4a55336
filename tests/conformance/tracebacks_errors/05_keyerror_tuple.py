grid = {(0, 0): "a", (0, 1): "b"}
print(grid[0, 0])
print(grid.get((1, 1), "?"))
for key in sorted(grid):
    print(key, grid[key])
print(grid[(1, 1)])
