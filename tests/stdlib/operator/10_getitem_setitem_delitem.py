import operator

data = list(range(10))
print(operator.getitem(data, 3), operator.getitem(data, -1), operator.getitem(data, slice(2, 5)))
print(operator.getitem(data, slice(None, None, -3)), operator.getitem("hello", slice(1, None)))
print(operator.getitem({"a": 1}, "a"), operator.getitem(range(10, 20), 4), operator.getitem((1, 2), 1))
operator.setitem(data, 0, 100)
operator.setitem(data, slice(1, 4), ["a", "b"])
print(data)
operator.setitem(data, slice(None, None, 2), list("ABCDE"))
print(data)
operator.delitem(data, 0)
operator.delitem(data, slice(None, None, 3))
print(data)
operator.delitem(data, slice(2, 100))
print(data)
d = {}
operator.setitem(d, "k", [1])
operator.setitem(d, (1, 2), "t")
print(d)
operator.delitem(d, "k")
print(d)
print(operator.setitem(d, 1, 2), operator.delitem(d, 1))
tries = [
    (operator.getitem, ([1, 2], 5)),
    (operator.getitem, ({}, "missing")),
    (operator.getitem, (5, 0)),
    (operator.getitem, ([1], "x")),
    (operator.setitem, ((1, 2), 0, 9)),
    (operator.setitem, ([1, 2], 9, 0)),
    (operator.setitem, ([1, 2, 3, 4], slice(None, None, 2), [1])),
    (operator.delitem, ({}, "x")),
    (operator.delitem, ("abc", 0)),
    (operator.delitem, ([1], 3)),
]
for f, args in tries:
    try:
        f(*args)
    except (IndexError, KeyError, TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
