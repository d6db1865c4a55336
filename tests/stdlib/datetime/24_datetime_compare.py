# datetime comparisons: naive, aware by UTC, naive against aware, dates, other types.
from datetime import datetime, date, timedelta, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


p1 = timezone(timedelta(hours=1))
a = datetime(2024, 1, 1, 1, tzinfo=p1)
b = datetime(2024, 1, 1, tzinfo=timezone.utc)
n = datetime(2024, 1, 1)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(hash(a) == hash(b), hash(a) == hash(b.replace(tzinfo=timezone(timedelta(0), 'zero'))))
print(hash(b), hash(a))
show(lambda: n == b)
show(lambda: n != b)
show(lambda: n < b)
show(lambda: b >= n)
show(lambda: n == date(2024, 1, 1))
show(lambda: n < date(2024, 1, 2))
show(lambda: n >= date(2024, 1, 2))
show(lambda: n == 0)
show(lambda: n < 0)
show(lambda: n > 'x')
print(datetime(2024, 1, 1, 0, 0, 0, 1) > n, datetime(2023, 12, 31, 23, 59) < n)
aware = [datetime(2024, 1, 1, h, tzinfo=timezone(timedelta(hours=h - 3))) for h in range(6)]
print(all(x == aware[0] for x in aware), len(set(aware)))
mixed = [datetime(2024, 5, 1, 12, tzinfo=timezone(timedelta(hours=k))) for k in (5, -7, 0, 2, -1)]
print([x.isoformat() for x in sorted(mixed)])
print(max(mixed).isoformat(), min(mixed).isoformat())
naive = [datetime(2024, 1, 1) + timedelta(hours=(k * 37) % 100) for k in range(12)]
print([x.hour for x in sorted(naive)])
show(lambda: sorted([n, b]))
