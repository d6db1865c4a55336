# A tzinfo subclass: what the datetime methods accept from it, and tzinfo's defaults.
from datetime import tzinfo, timedelta, datetime, time, timezone


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, off, dst=None, name=None):
        self.off, self.d, self.n = off, dst, name

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.d

    def tzname(self, dt):
        return self.n

    def __repr__(self):
        return 'Fixed(%r, %r, %r)' % (self.off, self.d, self.n)


def dt(tz):
    return datetime(2024, 1, 1, 12, tzinfo=tz)


show(lambda: dt(Fixed(5)).utcoffset())
show(lambda: dt(Fixed(timedelta(1))).utcoffset())
show(lambda: dt(Fixed(timedelta(-1))).utcoffset())
show(lambda: dt(Fixed(timedelta(-1, 1))).utcoffset())
show(lambda: dt(Fixed(timedelta(0, 86399, 999999))).utcoffset())
show(lambda: dt(Fixed(timedelta(seconds=1, microseconds=1))).isoformat())
show(lambda: dt(Fixed(None, 5)).dst())
show(lambda: dt(Fixed(None, timedelta(2))).dst())
show(lambda: dt(Fixed(None, None, 5)).tzname())
show(lambda: dt(Fixed(None, None, b'x')).tzname())
show(lambda: dt(Fixed(None, None, 'abc')).tzname())
show(lambda: dt(Fixed(None)).utcoffset())
show(lambda: dt(Fixed(None)).isoformat())
show(lambda: str(dt(Fixed(timedelta(hours=-3, minutes=-15)))))
show(lambda: time(1, tzinfo=Fixed(timedelta(hours=1), timedelta(0), 'X')).utcoffset())
show(lambda: time(1, tzinfo=Fixed(timedelta(hours=1), timedelta(0), 'X')).tzname())
show(lambda: time(1, tzinfo=Fixed('bad')).utcoffset())
show(lambda: time(1, tzinfo=Fixed('bad')).isoformat())
base = tzinfo()
show(lambda: base.utcoffset(None))
show(lambda: base.dst(None))
show(lambda: base.tzname(None))
show(lambda: base.fromutc(datetime(2000, 1, 1)))
show(lambda: base.fromutc(1))
show(lambda: base.utcoffset())
show(lambda: base.__reduce__()[1:])
show(lambda: Fixed(timedelta(hours=1), None, 'N').__reduce__()[1:])
show(lambda: datetime(2024, 1, 1, tzinfo=base).utcoffset())
# tzinfo.fromutc's default algorithm
f = Fixed(timedelta(hours=2), timedelta(hours=1), 'F')
show(lambda: f.fromutc(datetime(2024, 1, 1, 10, tzinfo=f)))
show(lambda: Fixed(timedelta(hours=2)).fromutc(datetime(2024, 1, 1, 10, tzinfo=timezone.utc)))
g = Fixed(None, timedelta(0))
show(lambda: g.fromutc(datetime(2024, 1, 1, tzinfo=g)))
h = Fixed(timedelta(hours=1))
show(lambda: h.fromutc(datetime(2024, 1, 1, tzinfo=h)))


class Flaky(tzinfo):
    def __init__(self):
        self.n = 0

    def utcoffset(self, dt):
        return timedelta(hours=1)

    def dst(self, dt):
        self.n += 1
        return timedelta(0) if self.n == 1 else None


fl = Flaky()
show(lambda: fl.fromutc(datetime(2024, 1, 1, tzinfo=fl)))
