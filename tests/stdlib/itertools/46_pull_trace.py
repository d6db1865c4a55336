import itertools


class Src:
    def __init__(self, name, n):
        self.name = name
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            print("  ", self.name, "stop")
            raise StopIteration
        self.i += 1
        print("  ", self.name, "->", self.i)
        return self.i


print("islice(5, 1, 4, 2):", list(itertools.islice(Src("s", 5), 1, 4, 2)))
print("islice(5, 3, 3):", list(itertools.islice(Src("s", 5), 3, 3)))
print("islice(2, 4):", list(itertools.islice(Src("s", 2), 4)))
print("compress:", list(itertools.compress(Src("d", 3), Src("sel", 2))))
print("compress short data:", list(itertools.compress(Src("d", 1), Src("sel", 3))))
print("pairwise:", list(itertools.pairwise(Src("p", 3))))
print("takewhile:", list(itertools.takewhile(lambda x: x < 2, Src("t", 4))))
print("dropwhile:", next(itertools.dropwhile(lambda x: x < 3, Src("d", 4))))
print("chain:", next(itertools.chain(Src("a", 0), Src("b", 2))))
c = itertools.cycle(Src("c", 2))
print("cycle:", [next(c) for _ in range(5)])
print("accumulate initial:", next(itertools.accumulate(Src("x", 2), initial=0)))
print("zip_longest:", list(itertools.zip_longest(Src("l", 2), Src("r", 1))))
