# date + timedelta (only whole days count), date - date, overflow, unsupported types.
from datetime import date, timedelta, datetime


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 1, 31)
show(lambda: d + timedelta(1))
show(lambda: timedelta(30) + d)
show(lambda: d - timedelta(31))
show(lambda: d + timedelta(days=29))
show(lambda: d + timedelta(seconds=86399))
show(lambda: d - timedelta(seconds=1))
show(lambda: d + timedelta(-1, 86399))
show(lambda: d + timedelta(hours=-1))
show(lambda: d - date(2023, 1, 31))
show(lambda: date(2023, 1, 31) - d)
show(lambda: d - d)
show(lambda: date(9999, 12, 31) + timedelta(1))
show(lambda: date(1, 1, 1) - timedelta(1))
show(lambda: date(1, 1, 1) + timedelta(days=3652058))
show(lambda: date(1, 1, 1) + timedelta(days=999999999))
show(lambda: date(9999, 12, 31) - date(1, 1, 1))
show(lambda: d + 1)
show(lambda: d - 1)
show(lambda: 1 + d)
show(lambda: d + d)
show(lambda: timedelta(1) - d)
show(lambda: d - datetime(2024, 1, 1))
show(lambda: datetime(2024, 1, 1) - d)
show(lambda: -d)
show(lambda: d * 2)
x = date(2024, 2, 28)
x += timedelta(1)
print(repr(x))
x -= timedelta(weeks=52)
print(repr(x))
day = date(2023, 12, 25)
out = []
for i in range(10):
    out.append(day.strftime('%m-%d'))
    day += timedelta(days=3)
print(out)
