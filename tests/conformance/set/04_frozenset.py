f = frozenset([3, 1, 2])
print(f, type(f).__name__, len(f), 2 in f)
print(frozenset(), frozenset("aa"))
g = f | {9}
print(g, type(g).__name__)
print(f == {1, 2, 3}, {1, 2, 3} == f, hash(f) == hash(frozenset({1, 2, 3})))
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print({1, 2} | frozenset({3}), type({1} | frozenset()).__name__)
