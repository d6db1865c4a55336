# PEP 495 fold: repr, equality and hashing ignore it within a zone; inter-zone rules.
from datetime import datetime, time, timedelta, timezone, tzinfo


class Fall(tzinfo):
    """A zone whose 01:00-02:00 on 2024-11-03 happens twice (fold=1 is the second)."""

    def utcoffset(self, dt):
        if dt.replace(tzinfo=None) >= datetime(2024, 11, 3, 2) or (
                dt.replace(tzinfo=None) >= datetime(2024, 11, 3, 1) and dt.fold):
            return timedelta(hours=-5)
        return timedelta(hours=-4)

    def dst(self, dt):
        return self.utcoffset(dt) - timedelta(hours=-5)

    def tzname(self, dt):
        return 'EST' if self.utcoffset(dt) == timedelta(hours=-5) else 'EDT'

    def __repr__(self):
        return 'Fall()'


f = Fall()
a = datetime(2024, 11, 3, 1, 30, tzinfo=f)
b = a.replace(fold=1)
print(repr(a), repr(b))
print(a.utcoffset(), b.utcoffset(), a.tzname(), b.tzname())
print(a == b, hash(a) == hash(b), a < b, b - a)
ua = a.astimezone(timezone.utc)
ub = b.astimezone(timezone.utc)
print(ua, ub, ub - ua)
print(a == ua, b == ub, a == ub)
print(ua.astimezone(f), ub.astimezone(f), ub.astimezone(f).fold)
plain = datetime(2024, 11, 3, 1, 30, tzinfo=timezone(timedelta(hours=-4)))
print(a == plain, b == plain, plain == a)
print(datetime(2024, 1, 1, fold=1) == datetime(2024, 1, 1), repr(datetime(2024, 1, 1, fold=1)))
print(repr(time(1, fold=1)), time(1, fold=1) == time(1))
print(repr(datetime(2024, 1, 1, fold=1).replace(fold=0)), datetime(2024, 1, 1, fold=1).fold)
print((datetime(2024, 1, 1, fold=1) + timedelta(0)).fold)
print(datetime.combine(datetime(2024, 1, 1).date(), time(1, fold=1)).fold)
