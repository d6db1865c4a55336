# datetime +/- timedelta across days, months, years; overflow; naive subtraction.
from datetime import datetime, timedelta, date, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = datetime(2024, 2, 28, 23, 59, 59, 999999)
show(lambda: d + timedelta(microseconds=1))
show(lambda: d + timedelta(days=1, microseconds=1))
show(lambda: d - timedelta(days=59))
show(lambda: timedelta(hours=1) + d)
show(lambda: d + timedelta(days=-1, seconds=1))
show(lambda: d - timedelta(microseconds=-1))
show(lambda: d + timedelta(weeks=52 * 100))
show(lambda: d - d)
show(lambda: d - datetime(2000, 1, 1))
show(lambda: datetime(2000, 1, 1) - d)
show(lambda: datetime(9999, 12, 31, 23, 59, 59, 999999) + timedelta(microseconds=1))
show(lambda: datetime(1, 1, 1) - timedelta(microseconds=1))
show(lambda: datetime.max - datetime.min)
show(lambda: datetime.min - datetime.max)
show(lambda: d + 1)
show(lambda: d - 1.5)
show(lambda: d + d)
show(lambda: d - date(2024, 1, 1))
show(lambda: date(2024, 1, 1) - d)
show(lambda: timedelta(1) - d)
aware = datetime(2024, 3, 31, 1, 30, tzinfo=timezone(timedelta(hours=2)))
show(lambda: aware + timedelta(hours=1))
show(lambda: aware - timedelta(days=31))
show(lambda: (aware + timedelta(microseconds=5)).fold)
x = datetime(2024, 1, 1, fold=1)
show(lambda: x + timedelta(0))
cur = datetime(2023, 12, 31, 22)
steps = []
for i in range(6):
    steps.append(cur.isoformat())
    cur += timedelta(minutes=47, seconds=13)
print(steps)
total = timedelta()
for i in range(1, 50):
    total += datetime(2024, i % 12 + 1, i % 28 + 1) - datetime(2024, 1, 1)
print(repr(total))
