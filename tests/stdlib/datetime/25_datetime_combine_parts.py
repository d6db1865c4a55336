# combine(), date(), time(), timetz(), replace() including tzinfo and fold.
from datetime import datetime, date, time, timezone, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tz = timezone(timedelta(hours=9), 'JST')
show(lambda: datetime.combine(date(2024, 1, 2), time(3, 4, 5, 6)))
show(lambda: datetime.combine(date(2024, 1, 2), time(3, tzinfo=tz)))
show(lambda: datetime.combine(date(2024, 1, 2), time(3, tzinfo=tz), None))
show(lambda: datetime.combine(date(2024, 1, 2), time(3), tzinfo=timezone.utc))
show(lambda: datetime.combine(date(2024, 1, 2), time(3, fold=1)))
show(lambda: datetime.combine(datetime(2024, 1, 2, 9), time(3)))
show(lambda: datetime.combine(time=time(1), date=date(2024, 1, 1)))
show(lambda: datetime.combine(1, time(1)))
show(lambda: datetime.combine(None, time(1)))
show(lambda: datetime.combine(date(2024, 1, 1), datetime(2024, 1, 1)))
show(lambda: datetime.combine(date(2024, 1, 1), None))
show(lambda: datetime.combine(date(2024, 1, 1)))
show(lambda: datetime.combine(date(2024, 1, 1), time(), 5))
show(lambda: datetime.combine(date(2024, 1, 1), time(), None, 1))
d = datetime(2024, 1, 2, 3, 4, 5, 6, tz, fold=1)
show(lambda: d.date())
show(lambda: d.time())
show(lambda: d.timetz())
show(lambda: d.replace(year=2025))
show(lambda: d.replace(tzinfo=None))
show(lambda: d.replace(tzinfo=timezone.utc, fold=0))
show(lambda: d.replace(day=31, month=2))
show(lambda: d.replace(hour=24))
show(lambda: d.replace(fold=2))
show(lambda: d.replace(month=13, fold=2))
show(lambda: d.replace(tzinfo='x'))
show(lambda: d.replace(2020, 1, 1, 0, 0, 0, 0, None))
show(lambda: d.replace(2020, 1, 1, 0, 0, 0, 0, None, 1))
show(lambda: d.replace(second=1.5))
show(lambda: d.replace(x=1))
show(lambda: d.date(1))
print(type(d.date()), type(d.time()), type(d.timetz()))
