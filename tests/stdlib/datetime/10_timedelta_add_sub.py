# timedelta + - and the unary operators; unsupported operand types.
from datetime import timedelta, date


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = timedelta(days=1, seconds=86399, microseconds=999999)
b = timedelta(microseconds=1)
c = timedelta(days=-3, seconds=5)
show(lambda: a + b)
show(lambda: a - b)
show(lambda: b - a)
show(lambda: c + c)
show(lambda: c - a)
show(lambda: -c)
show(lambda: +c)
show(lambda: abs(c))
show(lambda: abs(a))
show(lambda: -timedelta(0))
show(lambda: -b)
show(lambda: sum([a, b, c], timedelta()))
show(lambda: a + 1)
show(lambda: 1 + a)
show(lambda: a - 1.5)
show(lambda: 'x' - a)
show(lambda: a + None)
show(lambda: a - date(2024, 1, 1))
show(lambda: date(2024, 1, 1) - a)
x = timedelta(hours=1)
x += timedelta(minutes=30)
print(repr(x))
x -= timedelta(hours=2)
print(repr(x))
print(type(+a) is timedelta, type(abs(c)) is timedelta)
