l = [1, 2, 3, 4]
for it in (iter(l), reversed(l), iter((1, 2)), iter('hello'), iter(b'abc'), iter(bytearray(b'xy')), iter(range(10)), iter(range(10, 0, -3)), iter(range(2**70, 2**70+5)), iter({'a': 1, 'b': 2}), iter({'a': 1}.values()), iter({'a': 1}.items())):
    a = it.__length_hint__()
    next(it)
    print(type(it).__name__, a, it.__length_hint__())
it = iter(l); l.clear(); print(it.__length_hint__())
r = reversed([1, 2, 3]); print(list(r), r.__length_hint__())
print(iter(range(0)).__length_hint__(), iter(range(5, 0)).__length_hint__())
