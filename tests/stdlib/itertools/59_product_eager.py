import itertools


class Src:
    def __init__(self, name, n):
        self.name = name
        self.n = n
        self.i = 0

    def __iter__(self):
        print("  iter", self.name)
        return self

    def __next__(self):
        if self.i >= self.n:
            print("  ", self.name, "stop")
            raise StopIteration
        self.i += 1
        print("  ", self.name, "->", self.i)
        return self.i


print("building product")
p = itertools.product(Src("a", 2), Src("b", 2))
print("built; first:", next(p))
print("rest:", list(p))
print("building product with repeat=2")
p = itertools.product(Src("r", 2), repeat=2)
print(list(p))
print("an empty pool still consumes every pool")
p = itertools.product(Src("x", 2), Src("empty", 0), Src("y", 1))
print(list(p))
print("repeat=0 never even calls iter() on the pools")
print(list(itertools.product(Src("z", 1), repeat=0)), list(itertools.product(1, None, repeat=0)))
gen = (i for i in range(3))
p = itertools.product(gen, "ab")
print("generator after product():", list(gen))
print(len(list(p)))
# later errors in pool building stop construction before any pool is used
def bad():
    yield 1
    raise ValueError("pool broke")
try:
    itertools.product(Src("ok", 1), bad())
except ValueError as e:
    print("ValueError", e)
print("product of one-shot iterator twice:")
it = iter([1, 2])
print(list(itertools.product(it, it)))
