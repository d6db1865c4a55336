# date comparisons (with each other, with datetime, with other types) and hashing.
from datetime import date, datetime


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = date(2024, 1, 2)
b = date(2024, 1, 2)
c = date(2023, 12, 31)
print(a == b, a != b, a < b, a <= b, a > c, a >= c, c < a)
print(hash(a) == hash(b), a is b)
dt = datetime(2024, 1, 2)
show(lambda: a == dt)
show(lambda: dt == a)
show(lambda: a != dt)
show(lambda: dt != a)
show(lambda: a < dt)
show(lambda: dt < a)
show(lambda: a >= dt)
show(lambda: dt >= a)
show(lambda: a == (2024, 1, 2))
show(lambda: a == '2024-01-02')
show(lambda: a < 5)
show(lambda: a > 'x')
print(sorted([date(2024, 3, 1), date(2023, 5, 6), date(2024, 1, 31), date(1, 1, 1)]))
print(max(date(2024, 3, 1), date(2024, 2, 29)))
d = {date(2024, 1, 2): 'x'}
print(d[date(2024, 1, 2)], date(2024, 1, 2) in d, date(2024, 1, 3) in d)
print(len({date(2024, 1, 2), date(2024, 1, 2), date(2024, 1, 3)}))


class D(date):
    pass


show(lambda: D(2024, 1, 2) == a)
show(lambda: a == D(2024, 1, 2))
show(lambda: D(2024, 1, 2) == dt)
show(lambda: D(2024, 1, 2) < datetime(2024, 1, 3))
show(lambda: datetime(2024, 1, 3) > D(2024, 1, 2))
