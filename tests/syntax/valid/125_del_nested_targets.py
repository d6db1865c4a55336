p, q, r, s = 1, 2, 3, 4
del (p, [q, (r,)]), s
data = {"x": {"y": [1, 2, 3]}}
del data["x"]["y"][-1]
del data["x"]["y"][:]
print(data)
