from fractions import Fraction as F


def show(r):
    print(type(r).__name__, repr(r))


a, b = F(1, 3), F(1, 6)
show(a + b)
show(a - b)
show(b - a)
show(a + a)
show(a - a)
show(F(1, 2) + F(1, 2))
show(F(5, 6) + F(1, 10))
show(F(3, 4) - F(1, 12))
show(F(-7, 15) + F(7, 15))
show(a + 1)
show(1 + a)
show(a - 1)
show(1 - a)
show(a + True)
show(True - a)
show(a + 0)
show(0 - a)
show(a + 10 ** 20)
show(F(2 ** 64, 3) - F(1, 3 ** 5))
total = F(0)
for k in range(1, 21):
    total += F(1, k)
show(total)
total = 0
for k in range(1, 11):
    total = total - F(1, k * (k + 1))
show(total)
x = F(1, 4)
y = x
x += 1
print(repr(x), repr(y))
