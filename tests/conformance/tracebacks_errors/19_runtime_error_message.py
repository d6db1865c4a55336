d = {"a": 1, "b": 2}
print(len(d))
for k in list(d):
    d[k.upper()] = d[k]
print(d)
for k in d:
    d[k * 2] = 0
