l = [1, 2, 3]
it = list.__iter__(l)
print(type(it).__name__)
print(it.__next__(), next(it), it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    iter([]).__next__()
except StopIteration as e:
    print(type(e).__name__, e.args)
print(it.__iter__() is it)
r = list.__reversed__(l)
print(type(r).__name__, list(r))
print(list.__contains__(l, 2), l.__contains__(5))
print(set.__contains__({1, 2}, 2), {1, 2}.__contains__(3))
print(frozenset.__contains__(frozenset([1]), 1))
try:
    set.__contains__({1}, [])
except TypeError as e:
    print(type(e).__name__, e)
print(set.__contains__({frozenset([1])}, {1}))
print(list(dict.__iter__({'a': 1, 'b': 2})))
ri = reversed(l)
print(ri.__length_hint__(), list(ri), ri.__length_hint__())
g = (x * 2 for x in range(3))
print(g.__next__(), list(g.__iter__()))
