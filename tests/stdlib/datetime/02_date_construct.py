# date(): valid values, range errors and type errors, with CPython's messages.
from datetime import date


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: date(2024, 1, 2))
show(lambda: date(1, 1, 1))
show(lambda: date(9999, 12, 31))
show(lambda: date(2024, 2, 29))
show(lambda: date(2023, 2, 29))
show(lambda: date(1900, 2, 29))
show(lambda: date(2000, 2, 29))
show(lambda: date(2024, 4, 31))
show(lambda: date(2024, 0, 1))
show(lambda: date(2024, 13, 1))
show(lambda: date(2024, 1, 0))
show(lambda: date(2024, 1, 32))
show(lambda: date(0, 1, 1))
show(lambda: date(-5, 1, 1))
show(lambda: date(10000, 1, 1))
show(lambda: date(year=2024, month=3, day=4))
show(lambda: date(2024, day=4, month=3))
show(lambda: date(True, True, True))
show(lambda: date('2024', 1, 1))
show(lambda: date(2024, 1.0, 1))
show(lambda: date(2024, 1, None))
show(lambda: date(2**31, 1, 1))
show(lambda: date(-2**31 - 1, 1, 1))
show(lambda: date(2**31 - 1, 1, 1))
show(lambda: date(10**20, 1, 1))
show(lambda: date(2024, 10**20, 1))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


show(lambda: date(Idx(2024), Idx(5), Idx(6)))
show(lambda: date(Idx(2024), Idx(5), Idx(60)))
for m in range(1, 13):
    last = 31
    while True:
        try:
            date(2023, m, last)
            break
        except ValueError:
            last -= 1
    print(m, last, end='; ')
print()
