# timedelta's range: min, max, resolution and the overflow messages.
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: timedelta(days=999999999, hours=24))
show(lambda: timedelta(days=-999999999, microseconds=-1))
show(lambda: timedelta(days=1000000000))
show(lambda: timedelta(days=-1000000000))
show(lambda: timedelta(days=2**31 - 1))
show(lambda: timedelta(days=2**31))
show(lambda: timedelta(days=-2**31))
show(lambda: timedelta(days=-2**31 - 1))
show(lambda: timedelta(days=10**20))
show(lambda: timedelta(microseconds=10**30))
show(lambda: timedelta.max + timedelta.resolution)
show(lambda: timedelta.min - timedelta.resolution)
show(lambda: -timedelta.max)
show(lambda: -timedelta.min)
show(lambda: abs(timedelta.min))
show(lambda: timedelta.max * 2)
show(lambda: timedelta.max / 0.5)
show(lambda: timedelta.min // 1)
show(lambda: timedelta.max - timedelta.max)
show(lambda: timedelta.min + timedelta.max)
show(lambda: timedelta.max.total_seconds())
show(lambda: timedelta.min.total_seconds())
print(timedelta.min < timedelta(0) < timedelta.max)
print(timedelta.resolution == timedelta(microseconds=1))
