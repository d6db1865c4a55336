# timezone: constructor checks, the utc singleton, names, str/repr, methods, equality.
from datetime import timezone, timedelta, datetime, time


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: timezone(timedelta(0)))
show(lambda: timezone(timedelta(0)) is timezone.utc)
show(lambda: timezone(timedelta(0), 'UTC') is timezone.utc)
show(lambda: timezone(timedelta(hours=5, minutes=30)))
show(lambda: timezone(timedelta(hours=-5), 'EST'))
show(lambda: timezone(timedelta(hours=1, seconds=1)))
show(lambda: timezone(timedelta(hours=-1, seconds=-1, microseconds=-7)))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(timedelta(hours=-24)))
show(lambda: timezone(timedelta(hours=23, minutes=59, microseconds=1)))
show(lambda: timezone(-timedelta(hours=23, minutes=59, microseconds=999999)))
show(lambda: timezone(5))
show(lambda: timezone(None))
show(lambda: timezone(timedelta(0), 5))
show(lambda: timezone(timedelta(0), None))
show(lambda: timezone(timedelta(0), ''))
for tz in (timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=9, minutes=30)),
           timezone(timedelta(seconds=1)), timezone(timedelta(hours=-1, seconds=-1, microseconds=-7)),
           timezone(timedelta(0), 'Zulu'), timezone.min, timezone.max):
    print(repr(tz), '|', str(tz), '|', tz.tzname(None), tz.utcoffset(None), tz.dst(None), tz.__getinitargs__())
show(lambda: timezone.utc.utcoffset('x'))
show(lambda: timezone.utc.dst(time(1)))
show(lambda: timezone.utc.tzname(1))
show(lambda: timezone.utc.utcoffset())
show(lambda: timezone.utc.utcoffset(datetime(2024, 1, 1)))
show(lambda: timezone(timedelta(hours=2)).fromutc(datetime(2024, 1, 1, tzinfo=timezone.utc)))
tz2 = timezone(timedelta(hours=2))
show(lambda: tz2.fromutc(datetime(2024, 1, 1, 23, tzinfo=tz2)))
show(lambda: tz2.fromutc(datetime(2024, 1, 1)))
show(lambda: tz2.fromutc(1))
show(lambda: tz2.fromutc(datetime(9999, 12, 31, 23, tzinfo=tz2)))
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), 'x'))
print(timezone(timedelta(hours=1)) != timezone(timedelta(hours=2)), timezone.utc == 0, timezone.utc != 'UTC')
show(lambda: timezone.utc < timezone.max)
print(hash(timezone(timedelta(hours=1))) == hash(timedelta(hours=1)), hash(timezone.utc) == hash(timezone(timedelta(0), 'x')))
print(len({timezone.utc, timezone(timedelta(0), 'a'), timezone(timedelta(hours=1))}))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print('TypeError', e)
show(lambda: timezone.utc.__reduce__())
show(lambda: timezone(timedelta(hours=3), 'X').__reduce__())
