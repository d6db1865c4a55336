# datetime(): fields, range errors in CPython's checking order, tzinfo and fold.
from datetime import datetime, timezone, timedelta, date


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: datetime(2024, 1, 2))
show(lambda: datetime(2024, 1, 2, 3, 4, 5, 6))
show(lambda: datetime(2024, 1, 2, 3, 4, 5, 6, timezone.utc))
show(lambda: datetime(2024, 1, 2, tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'), fold=1))
show(lambda: datetime(year=2024, month=2, day=29, hour=23, minute=59, second=59, microsecond=999999))
show(lambda: datetime(2023, 2, 29))
show(lambda: datetime(2024, 13, 1, 25))
show(lambda: datetime(2024, 12, 1, 25, 61))
show(lambda: datetime(2024, 12, 1, 23, 61, 99))
show(lambda: datetime(2024, 12, 1, 23, 1, 99))
show(lambda: datetime(2024, 12, 1, 23, 1, 9, -5))
show(lambda: datetime(2024, 12, 1, 23, 1, 9, 5, 'tz'))
show(lambda: datetime(2024, 12, 1, 23, 1, 9, 5, 'tz', fold=3))
show(lambda: datetime(2024, 12, 32, 23, 1, 9, 5, 'tz', fold=3))
show(lambda: datetime(2024, 12, 1, 23, 1, 9, 5, None, fold=3))
show(lambda: datetime(0, 1, 1))
show(lambda: datetime(10000, 1, 1))
show(lambda: datetime(2024, 1, 1, 1.0))
show(lambda: datetime(2024, 1, 1, second='5'))
show(lambda: datetime(2024, 1, 1, tzinfo=timezone))
d = datetime(2024, 5, 6, 7, 8, 9, 10)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold)
print(isinstance(d, date), type(d).__mro__)
