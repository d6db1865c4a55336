# timedelta % and divmod() with timedeltas, total_seconds(), bool().
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = timedelta(hours=7, minutes=5)
b = timedelta(hours=2)
show(lambda: a % b)
show(lambda: divmod(a, b))
show(lambda: (-a) % b)
show(lambda: divmod(-a, b))
show(lambda: a % -b)
show(lambda: divmod(a, -b))
show(lambda: divmod(timedelta(microseconds=-7), timedelta(microseconds=2)))
show(lambda: timedelta(microseconds=-7) % timedelta(microseconds=2))
show(lambda: a % timedelta(0))
show(lambda: divmod(a, timedelta(0)))
show(lambda: a % 2)
show(lambda: divmod(a, 2))
show(lambda: 5 % a)
for td in (timedelta(0), timedelta(days=1), timedelta(days=-1, microseconds=1),
           timedelta(microseconds=1), timedelta(seconds=-1), timedelta(days=10**6, microseconds=7),
           timedelta.max, timedelta.min, timedelta(hours=1, milliseconds=1)):
    print(repr(td), td.total_seconds(), bool(td))
show(lambda: a.total_seconds(1))
x = timedelta(hours=5)
x %= timedelta(hours=2)
print(repr(x))
