import itertools


def gen(n):
    try:
        for i in range(n):
            print("  gen yields", i)
            yield i
        print("  gen exhausted")
    finally:
        print("  gen finally")


c = itertools.cycle(gen(3))
print("created")
for _ in range(7):
    print("got", next(c))
del c
print("deleted")
c = itertools.cycle(gen(4))
print("first", next(c), next(c))
del c
print("deleted early")
c = itertools.cycle(gen(0))
print(list(c))
it = iter([5, 6])
c = itertools.cycle(it)
print(next(c), list(it), next(c), next(c))
