# time(): fields, defaults, range and type errors, tzinfo checks.
from datetime import time, timezone, timedelta, tzinfo


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: time())
show(lambda: time(23, 59, 59, 999999))
show(lambda: time(hour=5, second=7))
show(lambda: time(microsecond=1))
show(lambda: time(24))
show(lambda: time(-1))
show(lambda: time(1, 60))
show(lambda: time(1, 1, 60))
show(lambda: time(1, 1, 1, 1000000))
show(lambda: time(1, 1, 1, -1))
show(lambda: time(1, fold=1))
show(lambda: time(1, fold=2))
show(lambda: time(1, fold=-1))
show(lambda: time(1.5))
show(lambda: time('1'))
show(lambda: time(1, tzinfo=5))
show(lambda: time(1, tzinfo='UTC'))
show(lambda: time(1, tzinfo=timezone.utc))
show(lambda: time(1, 2, 3, 4, timezone(timedelta(hours=-2))))


class Plain(tzinfo):
    def __repr__(self):
        return 'Plain()'


show(lambda: time(1, tzinfo=Plain()))
show(lambda: time(25, tzinfo=5))
show(lambda: time(2**31))
t = time(12, 34, 56, 789)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
t = time(1, tzinfo=timezone.utc, fold=1)
print(t.tzinfo is timezone.utc, t.fold)
print(bool(time()), bool(time(0, 0, 0, 0)), bool(time(0, tzinfo=timezone(timedelta(hours=1)))))
