# timedelta comparisons, equality with other types, hashing, sorting.
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = timedelta(seconds=1)
b = timedelta(microseconds=1000000)
c = timedelta(days=-1)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(c < a, c > a, c == a, c != a)
print(a == 1, a != 1, a == 1.0, a == 'a', a == None)
show(lambda: a < 1)
show(lambda: a >= 'x')
show(lambda: None > a)
print(hash(a) == hash(b), hash(a) == hash((0, 1, 0)), hash(timedelta(0)) == hash((0, 0, 0)))
print(hash(timedelta(days=-1, seconds=5)), hash(timedelta(days=3, seconds=4, microseconds=5)))
items = [timedelta(hours=h) for h in (5, -3, 0, 25, -48, 1)]
print(sorted(items))
print(max(items), min(items))
d = {timedelta(minutes=60): 'hour', timedelta(days=1): 'day'}
print(d[timedelta(hours=1)], d[timedelta(seconds=86400)])
print(timedelta(0) in {timedelta(microseconds=0)}, len({a, b, c}))
print(sorted([timedelta(microseconds=-1), timedelta(days=-1, seconds=86399, microseconds=999999)]))
