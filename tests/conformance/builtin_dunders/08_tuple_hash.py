t = (1, 2, 3)
print(tuple.__hash__(t) == hash(t))
print(tuple.__hash__(()) == hash(()))
print(tuple.__len__(t), t.__getitem__(1), tuple.__contains__(t, 3))
print(t.__add__((4,)), t.__mul__(2))
print(tuple.__eq__(t, (1, 2, 3)), tuple.__eq__(t, [1, 2, 3]))
print(tuple.__lt__((1, 2), (1, 3)))
print(hash((1, 2)) == hash((1, 2)), tuple.__hash__((1, 2.0)) == tuple.__hash__((1, 2)))
try:
    tuple.__hash__(([],))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, {}))
except TypeError as e:
    print(type(e).__name__, e)
print(list.__hash__, dict.__hash__)
try:
    [].__hash__()
except TypeError as e:
    print(type(e).__name__, e)
