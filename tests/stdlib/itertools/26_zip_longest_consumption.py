import itertools


class Src:
    def __init__(self, name, n):
        self.name = name
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        print("  next", self.name)
        if self.i >= self.n:
            print("  ", self.name, "exhausted")
            raise StopIteration
        self.i += 1
        return self.name + str(self.i)


print(list(itertools.zip_longest(Src("a", 1), Src("b", 3))))
print("---")
print(list(zip(Src("a", 1), Src("b", 3))))
print("---")
a = iter(range(10))
b = iter(range(3))
print(list(itertools.zip_longest(a, b, fillvalue=-1)), list(a), list(b))
a = iter(range(4))
z = itertools.zip_longest(a, "xy")
print(next(z), next(a), next(z), list(z))
