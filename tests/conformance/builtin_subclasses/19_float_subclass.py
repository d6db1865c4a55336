class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

c = Celsius(21.5)
print(c, repr(c), str(c), f"{c:.2f}", "%.1f" % c, c.to_f())
for label, r in [("add", c + 1), ("radd", 1 + c), ("sub", c - 0.5), ("mul", c * 2),
                 ("div", c / 2), ("neg", -c), ("abs", abs(Celsius(-2.0))), ("pow", c ** 1)]:
    print(label, r, type(r).__name__)
print(c == 21.5, 21.5 == c, c > 21, c < Celsius(30))
f = float(c)
print(f, type(f).__name__, int(c), type(int(c)).__name__)
print(isinstance(c, float), type(c) is float, type(c).__name__)
print(hash(c) == hash(21.5), Celsius(3.0) == 3, hash(Celsius(3.0)) == hash(3))
print(Celsius("2.25"), Celsius(4), Celsius(), bool(Celsius(0.0)))
print(round(c), type(round(c)).__name__, c.is_integer(), Celsius(2.0).is_integer())
acc = c
acc += 0.5
print(acc, type(acc).__name__)
print(sorted([Celsius(2.5), 1.0, Celsius(-1)]), max(Celsius(1), 2))
