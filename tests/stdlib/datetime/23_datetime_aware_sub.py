# Subtraction of aware datetimes (by UTC), mixing naive and aware, same tzinfo shortcut.
from datetime import datetime, timedelta, timezone, tzinfo


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


p1 = timezone(timedelta(hours=1))
m3 = timezone(timedelta(hours=-3))
a = datetime(2024, 1, 1, 1, tzinfo=p1)
b = datetime(2024, 1, 1, tzinfo=timezone.utc)
c = datetime(2023, 1, 1, tzinfo=m3)
show(lambda: a - b)
show(lambda: b - a)
show(lambda: a - c)
show(lambda: c - a)
show(lambda: a - datetime(2024, 1, 1))
show(lambda: datetime(2024, 1, 1) - a)
show(lambda: a - a.replace(tzinfo=timezone(timedelta(hours=1), 'named')))


class Noisy(tzinfo):
    calls = 0

    def utcoffset(self, dt):
        Noisy.calls += 1
        return timedelta(hours=2)


n = Noisy()
x = datetime(2024, 1, 1, 12, tzinfo=n)
y = datetime(2024, 1, 1, 10, tzinfo=n)
show(lambda: x - y)
print('calls after same-tzinfo subtraction:', Noisy.calls)
show(lambda: x - datetime(2024, 1, 1, 10, tzinfo=timezone.utc))
print('calls after mixed subtraction:', Noisy.calls)


class NoneOffset(tzinfo):
    def utcoffset(self, dt):
        return None


show(lambda: datetime(2024, 1, 1, tzinfo=NoneOffset()) - datetime(2024, 1, 1))
show(lambda: datetime(2024, 1, 1, tzinfo=NoneOffset()) - b)
show(lambda: datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-23))) - datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=23))))
