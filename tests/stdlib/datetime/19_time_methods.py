# time: repr, str, isoformat(timespec), replace, utcoffset/dst/tzname.
from datetime import time, timezone, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


cases = [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(0, 0, 0, 400),
         time(23, 59, 59, 999999, timezone.utc), time(1, fold=1),
         time(1, 2, 3, 4, timezone(timedelta(hours=-1, seconds=-1, microseconds=-7)), fold=1),
         time(12, tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))]
for t in cases:
    print(repr(t), '|', str(t), '|', t.isoformat(), '|', t.utcoffset(), t.dst(), t.tzname())
t = time(3, 4, 5, 6789)
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, t.isoformat(spec), t.isoformat(timespec=spec), time(3).isoformat(spec))
show(lambda: t.isoformat('x'))
show(lambda: t.isoformat(1))
show(lambda: t.isoformat(None))
show(lambda: t.isoformat(sep='T'))
show(lambda: t.isoformat('auto', 'x'))
show(lambda: t.replace(hour=5))
show(lambda: t.replace(minute=59, second=0, microsecond=0))
show(lambda: t.replace(tzinfo=timezone.utc))
show(lambda: t.replace(tzinfo=timezone.utc).replace(tzinfo=None))
show(lambda: t.replace(fold=1))
show(lambda: t.replace(fold=2))
show(lambda: t.replace(hour=24))
show(lambda: t.replace(tzinfo=1))
show(lambda: t.replace(hour=24, fold=5))
show(lambda: t.replace(1, 2, 3, 4, None))
show(lambda: t.replace(1, 2, 3, 4, None, 0))
show(lambda: t.replace(x=1))
show(lambda: t.utcoffset(1))
show(lambda: time(1, tzinfo=timezone.utc).tzname())
