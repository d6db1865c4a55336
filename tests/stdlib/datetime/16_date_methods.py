# weekday, isoweekday, toordinal/fromordinal, replace, ctime.
from datetime import date, datetime


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for d in (date(1, 1, 1), date(1970, 1, 1), date(2000, 2, 29), date(2024, 1, 7), date(9999, 12, 31)):
    print(repr(d), d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
    assert date.fromordinal(d.toordinal()) == d
show(lambda: date.fromordinal(1))
show(lambda: date.fromordinal(738886))
show(lambda: date.fromordinal(3652059))
show(lambda: date.fromordinal(3652060))
show(lambda: date.fromordinal(0))
show(lambda: date.fromordinal(-5))
show(lambda: date.fromordinal(2**31))
show(lambda: date.fromordinal(1.0))
show(lambda: date.fromordinal('1'))
show(lambda: date.fromordinal())
show(lambda: date.fromordinal(1, 2))
show(lambda: date.fromordinal(n=1))
show(lambda: datetime.fromordinal(738886))
d = date(2024, 1, 31)
show(lambda: d.replace(month=2))
show(lambda: d.replace(year=2023, day=1))
show(lambda: d.replace(2020))
show(lambda: d.replace(2020, 2, 29))
show(lambda: d.replace(day=0))
show(lambda: d.replace(year=0))
show(lambda: d.replace(month='1'))
show(lambda: d.replace(month=None))
show(lambda: d.replace(1, 2, 3, 4))
show(lambda: d.replace(hour=1))
show(lambda: d.replace())
show(lambda: d.weekday(1))
show(lambda: d.isoformat(1))
show(lambda: d.ctime(x=1))
show(lambda: d.toordinal(None))
count = [0] * 7
for n in range(date(2024, 1, 1).toordinal(), date(2025, 1, 1).toordinal()):
    count[date.fromordinal(n).weekday()] += 1
print(count)
