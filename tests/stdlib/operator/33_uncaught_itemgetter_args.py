import operator

g = operator.itemgetter(2)
print(g("abc"), g([7, 8, 9]))
print(sorted([(1, "b", 3), (0, "a", 9)], key=g))
g(["a"], ["b"])
