import copy

grid = [[0] * 3 for _ in range(3)]
g2 = copy.copy(grid)
g3 = copy.deepcopy(grid)
grid[1][1] = 5
print(grid)
print(g2)
print(g3)
print(all(r1 is r2 for r1, r2 in zip(grid, g2)), any(r1 is r3 for r1, r3 in zip(grid, g3)))

deep = [1, [2, [3, [4, [5, []]]]]]
d2 = copy.deepcopy(deep)
print(d2 == deep, d2 is deep)
cur1, cur2 = deep, d2
depth = 0
while cur1:
    print(depth, cur1[1] is cur2[1] if len(cur1) > 1 else "-")
    cur1 = cur1[1] if len(cur1) > 1 else None
    cur2 = cur2[1] if len(cur2) > 1 else None
    depth += 1

mixed = [{"k": [1, 2]}, ({"t": 1},), {3, 4}, "s"]
m2 = copy.deepcopy(mixed)
print(m2 == mixed)
print(m2[0] is mixed[0], m2[0]["k"] is mixed[0]["k"])
print(m2[1] is mixed[1], m2[1][0] is mixed[1][0])
print(m2[2] is mixed[2], m2[3] is mixed[3])
mixed[0]["k"].append(3)
print(mixed[0], m2[0])

# a long nested chain deep-copies fine
chain = []
node = chain
for i in range(200):
    nxt = [i]
    node.append(nxt)
    node = nxt
c2 = copy.deepcopy(chain)
print(c2 == chain)
