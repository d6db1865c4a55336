import itertools


def gen(name, n):
    try:
        for i in range(n):
            yield i
        print("  ", name, "ran out")
    finally:
        print("  ", name, "finally")


s = itertools.islice(gen("islice", 10), 2)
print(list(s))
print("islice done, deleting")
del s
print("after del islice")
t = itertools.takewhile(lambda x: x < 1, gen("takewhile", 5))
print(list(t))
del t
print("after del takewhile")
c = itertools.chain(gen("c1", 1), gen("c2", 3))
print(next(c), next(c))
del c
print("after del chain")
p = itertools.pairwise(gen("pairwise", 5))
print(next(p))
del p
print("after del pairwise")
z = itertools.zip_longest(gen("z1", 1), gen("z2", 3))
print(next(z), next(z))
del z
print("after del zip_longest")
a = itertools.accumulate(gen("accumulate", 4))
print(list(a))
del a
print("after del accumulate")
g = gen("shared", 5)
d = itertools.dropwhile(lambda x: x < 2, g)
print(next(d))
del d
print("after del dropwhile, generator still referenced")
print(next(g))
del g
print("after del g")
print(list(itertools.islice(gen("temp", 9), 1)))
print("end")
