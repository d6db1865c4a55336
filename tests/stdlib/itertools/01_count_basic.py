import itertools

c = itertools.count()
print(next(c), next(c), next(c))
print(repr(c))
c = itertools.count(5)
print([next(c) for _ in range(4)], repr(c))
c = itertools.count(2, 3)
print(repr(c))
print(next(c), next(c), repr(c))
for i in itertools.count(10):
    if i > 13:
        break
    print("loop", i)
print(list(zip("abc", itertools.count(1))))
print(list(zip(itertools.count(100, 10), range(3))))
c = itertools.count(-3)
print(repr(c), next(c), next(c), repr(c))
c = itertools.count(0, 0)
print(next(c), next(c), repr(c))
c = itertools.count(True)
print(repr(c), next(c), next(c), repr(c))
c = itertools.count(7, 1)
print(repr(c))
c = itertools.count(7, -1)
print(repr(c), next(c), next(c), repr(c))
