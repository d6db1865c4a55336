# Argument-count and keyword errors of the constructors (PyArg's messages).
from datetime import date, time, datetime, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: date())
show(lambda: date(2024))
show(lambda: date(2024, 1))
show(lambda: date(2024, 1, 2, 3))
show(lambda: date(month=1, day=2))
show(lambda: date(2024, 1, x=2))
show(lambda: date('x'))
show(lambda: date(2024, 'x'))
show(lambda: time(1, 2, 3, 4, None, 5))
show(lambda: time(1, 2, 3, 4, None, 0, 7))
show(lambda: time(x=1))
show(lambda: time(1, bad=2))
show(lambda: time(fold=1.0))
show(lambda: time(fold=True))
show(lambda: datetime())
show(lambda: datetime(2024))
show(lambda: datetime(2024, 5))
show(lambda: datetime(2024, 1, 1, 1, 1, 1, 1, None, 1))
show(lambda: datetime(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
show(lambda: datetime(2024, 1, 1, x=1))
show(lambda: datetime(2024, 1, 1, fold=2))
show(lambda: datetime(2024, 1, 1, fold='a'))
show(lambda: timedelta(1, 2, 3, 4, 5, 6, 7))
show(lambda: timedelta(1, 2, 3, 4, 5, 6, 7, 8))
show(lambda: timedelta(x=1))
show(lambda: timedelta(days=1, x=1))
show(lambda: timezone())
show(lambda: timezone(timedelta(0), 'a', 1))
show(lambda: timezone(offset=timedelta(hours=1), name='A'))
show(lambda: timezone(name='A'))
show(lambda: timezone(timedelta(0), x=1))
