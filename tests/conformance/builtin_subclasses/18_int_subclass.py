class Meters(int):
    def describe(self):
        return str(int(self)) + "m"

m = Meters(5)
print(m, repr(m), m.describe(), str(m), f"{m}", f"{m:03d}", "%d" % m)
for label, r in [("add", m + 1), ("radd", 1 + m), ("sub", m - Meters(2)), ("mul", m * 3),
                 ("floordiv", m // 2), ("mod", m % 3), ("pow", m ** 2), ("neg", -m),
                 ("and", m & 4), ("shift", m << 1), ("abs", abs(Meters(-3)))]:
    print(label, r, type(r).__name__)
t = m / 2
print(t, type(t).__name__)
print(m == 5, 5 == m, m < 6, m >= Meters(5), m != 4)
i = int(m)
print(i, type(i).__name__, type(int(Meters("12"))).__name__, Meters("12"), Meters(7.9))
print(isinstance(m, int), type(m) is int, type(m).__name__, issubclass(Meters, int))
print(hash(m) == hash(5), {5: "five"}[m], {m: "m"}[5])
print(bool(Meters(0)), bool(m), Meters(), float(m), divmod(m, 2))
acc = m
acc += 1
print(acc, type(acc).__name__)
print(sorted([Meters(3), 1, Meters(2)]), max(Meters(1), Meters(9)), sum([Meters(1), Meters(2)]))
print(range(m)[-1], round(Meters(7)), type(round(Meters(7))).__name__)
