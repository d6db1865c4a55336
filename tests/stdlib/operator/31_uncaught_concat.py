import operator

parts = [[1], (2,), "x"]
acc = []
for p in parts[:1]:
    acc = operator.concat(acc, p)
print(acc)
acc = operator.iconcat(acc, parts[1])
print(acc)
print(operator.concat(5, acc))
