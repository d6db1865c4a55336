# datetime repr forms, str, isoformat(sep, timespec) and its argument errors, ctime.
from datetime import datetime, timezone, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


cases = [datetime(2024, 1, 2), datetime(2024, 1, 2, 3), datetime(2024, 1, 2, 3, 4),
         datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 0, 6), datetime(5, 6, 7, 8, 9, 10, 11),
         datetime(2024, 1, 2, fold=1), datetime(2024, 1, 2, tzinfo=timezone.utc),
         datetime(2024, 1, 2, 3, 4, 5, 6, timezone(timedelta(hours=-5, seconds=-3, microseconds=-2)), fold=1),
         datetime(2024, 1, 2, tzinfo=timezone(timedelta(minutes=90), 'X'))]
for d in cases:
    print(repr(d))
    print('   ', str(d), '|', d.isoformat(), '|', d.ctime())
d = datetime(2024, 1, 2, 3, 4, 0, 7)
for sep in ('T', ' ', 'x', 'é', '\u3000'):
    print(repr(d.isoformat(sep)))
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, d.isoformat(timespec=spec), datetime(2024, 1, 2, 3, 4, 5, 999999).isoformat(' ', spec))
show(lambda: d.isoformat('ab'))
show(lambda: d.isoformat(''))
show(lambda: d.isoformat(1))
show(lambda: d.isoformat(None))
show(lambda: d.isoformat(timespec='x'))
show(lambda: d.isoformat(timespec=1))
show(lambda: d.isoformat(timespec=None))
show(lambda: d.isoformat('T', 'hours', 1))
show(lambda: d.isoformat(x=1))
show(lambda: d.isoformat(timespec='seconds\0'))
print(datetime(2024, 1, 2, 3, tzinfo=timezone.utc).isoformat(timespec='hours'))
