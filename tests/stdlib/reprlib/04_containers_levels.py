import reprlib

r = reprlib.Repr()
nested = [1, [2, [3, [4, [5, [6, [7, [8]]]]]]]]
print(r.repr(nested))
for level in (0, 1, 2, 3):
    r.maxlevel = level
    print(level, r.repr(nested), r.repr({"a": {"b": {"c": 1}}}), r.repr(((1,),)), r.repr([]))
r = reprlib.Repr()
print(r.repr([[1, 2, 3, 4, 5, 6, 7, 8]] * 8))
print(r.repr({"k%d" % i: list(range(i)) for i in range(8)}))
print(r.repr(((), ((),), [()], {})))
print(r.repr([{1, 2}, frozenset({3}), (4,)]))
r.maxtuple = 2
r.maxlist = 3
r.maxdict = 1
r.maxset = 0
r.maxfrozenset = 1
print(r.repr((1, 2, 3)), r.repr([1, 2, 3, 4]), r.repr({1: 2, 3: 4}), r.repr({1, 2}),
      r.repr(frozenset({5, 6})))
print(r.repr((1, 2)), r.repr({1: 2}), r.repr({9}))
r.maxlevel = 0
print(r.repr([]), r.repr([1]), r.repr({}), r.repr({1: 1}), r.repr(()), r.repr((1,)),
      r.repr(set()), r.repr({1}), r.repr("s" * 5), r.repr(5))
r.maxlevel = -1
print(r.repr([1]), r.repr({2: 2}))
