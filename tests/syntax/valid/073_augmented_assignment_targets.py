class O:
    pass
o = O()
o.count = 0
o.count += 1
items = [1, 2, 3]
items[0] += 10
items[-1] *= 2
d = {"k": 1}
d["k"] -= 1
grid = [[0] * 3 for _ in range(3)]
grid[1][2] += 5
o.count **= 2
print(o.count, items, d, grid)
