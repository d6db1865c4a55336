# isocalendar(), IsoCalendarDate, fromisocalendar() and its errors.
from datetime import date, datetime


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for d in (date(2024, 1, 1), date(2023, 1, 1), date(2020, 12, 31), date(2021, 1, 3),
          date(2026, 12, 31), date(2027, 1, 1), date(1, 1, 1), date(9999, 12, 31), date(2004, 12, 27)):
    ic = d.isocalendar()
    print(repr(d), ic, ic.year, ic.week, ic.weekday, tuple(ic))
    assert date.fromisocalendar(*ic) == d
ic = date(2024, 5, 6).isocalendar()
print(ic == (2024, 19, 1), ic[0], ic[-1], ic[1:], len(ic), list(ic))
y, w, wd = ic
print(y, w, wd)
print(isinstance(ic, tuple), type(ic).__name__, type(ic).__module__)
print(ic.__reduce__())
show(lambda: ic._fields)
show(lambda: ic._asdict())
show(lambda: type(ic)(2020, 53, 7))
show(lambda: type(ic)(year=1, week=2, weekday=3))
show(lambda: type(ic)(1, 2))
show(lambda: date.fromisocalendar(2020, 53, 7))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2015, 53, 1))
show(lambda: date.fromisocalendar(2024, 0, 1))
show(lambda: date.fromisocalendar(2024, 54, 1))
show(lambda: date.fromisocalendar(2024, 1, 0))
show(lambda: date.fromisocalendar(2024, 1, 8))
show(lambda: date.fromisocalendar(0, 1, 1))
show(lambda: date.fromisocalendar(10000, 1, 1))
show(lambda: date.fromisocalendar(9999, 52, 5))
show(lambda: date.fromisocalendar(9999, 52, 6))
show(lambda: date.fromisocalendar(1, 1, 1))
show(lambda: date.fromisocalendar(10**20, 1, 1))
show(lambda: date.fromisocalendar('2024', 1, 1))
show(lambda: date.fromisocalendar(2024, 1))
show(lambda: date.fromisocalendar(year=2024, week=2, day=3))
show(lambda: datetime.fromisocalendar(2024, 2, 3))
weeks = {}
for year in range(2015, 2033):
    weeks[year] = date(year, 12, 28).isocalendar().week
print(weeks)
