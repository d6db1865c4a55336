# time comparisons: naive, aware (by UTC), naive against aware, and hashing.
from datetime import time, timezone, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


plus1 = timezone(timedelta(hours=1))
minus2 = timezone(timedelta(hours=-2), 'minus2')
print(time(1) < time(2), time(1) == time(1, 0, 0, 0), time(1, fold=1) == time(1))
show(lambda: time(1, tzinfo=plus1) == time(0, tzinfo=timezone.utc))
show(lambda: time(1, tzinfo=plus1) < time(0, 1, tzinfo=timezone.utc))
show(lambda: time(1, tzinfo=plus1) > time(0, 1, tzinfo=timezone.utc))
show(lambda: time(22, tzinfo=minus2) == time(0, tzinfo=timezone.utc))
show(lambda: time(1) == time(1, tzinfo=timezone.utc))
show(lambda: time(1) != time(1, tzinfo=timezone.utc))
show(lambda: time(1) < time(1, tzinfo=timezone.utc))
show(lambda: time(1, tzinfo=timezone.utc) >= time(1))
show(lambda: time(1) == 1)
show(lambda: time(1) < 1)
show(lambda: time(1) < '1')
print(hash(time(1, tzinfo=plus1)) == hash(time(0, tzinfo=timezone.utc)))
print(hash(time(1, tzinfo=timezone.utc)) == hash(timedelta(hours=1)))
print(hash(time(5, 6, 7, 8)) == hash(time(5, 6, 7, 8, fold=1)))
print(hash(time(5, tzinfo=plus1)), hash(time(5, 30, tzinfo=minus2)))
print(sorted([time(5), time(1, 30), time(23, 59, 59), time(0)]))
print(sorted([time(5, tzinfo=plus1), time(1, 30, tzinfo=minus2), time(3, tzinfo=timezone.utc)]))
print(len({time(1, tzinfo=plus1), time(0, tzinfo=timezone.utc), time(0, tzinfo=timezone(timedelta(0), 'Z'))}))
