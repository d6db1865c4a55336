# astimezone() between fixed zones and tzinfo subclasses (no local zone involved).
from datetime import datetime, timezone, timedelta, tzinfo


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


utc = timezone.utc
p530 = timezone(timedelta(hours=5, minutes=30), 'IST')
m8 = timezone(timedelta(hours=-8))
d = datetime(2024, 1, 1, 3, 4, 5, 6, tzinfo=utc)
show(lambda: d.astimezone(p530))
show(lambda: d.astimezone(m8))
show(lambda: d.astimezone(m8).astimezone(p530))
show(lambda: d.astimezone(utc) is d)
show(lambda: d.astimezone(timezone(timedelta(0), 'other')))
show(lambda: d.astimezone(tz=p530))
show(lambda: d.astimezone(5))
show(lambda: d.astimezone(p530, 1))
show(lambda: d.astimezone(zone=p530))
show(lambda: datetime(1, 1, 1, tzinfo=utc).astimezone(m8))
show(lambda: datetime(9999, 12, 31, 23, tzinfo=utc).astimezone(p530))


class US(tzinfo):
    """A toy zone: -5h, with one hour of DST from April through October."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        return timedelta(hours=1) if 4 <= dt.month <= 10 else timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'US()'


us = US()
for month in (1, 4, 7, 11):
    x = datetime(2024, month, 15, 12, tzinfo=utc).astimezone(us)
    print(repr(x), x.tzname(), x.utcoffset(), x.dst(), x.astimezone(utc))
show(lambda: datetime(2024, 6, 1, 12, tzinfo=us).astimezone(p530))
show(lambda: datetime(2024, 6, 1, 12, tzinfo=us).astimezone(us))
