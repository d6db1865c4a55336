# now(tz), utcnow(): types and how they relate (no clock values printed).
from datetime import datetime, timezone, timedelta, date


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = datetime.now(timezone.utc)
b = datetime.utcnow()
c = datetime.now(tz=timezone(timedelta(hours=3)))
print(type(a), type(b), a.tzinfo, b.tzinfo, c.utcoffset())
print(abs(a.replace(tzinfo=None) - b) < timedelta(seconds=5))
print(abs(a - c) < timedelta(seconds=5), a.year >= 2024, 0 <= a.microsecond < 10**6)
show(lambda: datetime.now(1))
show(lambda: datetime.now(tz=1))
show(lambda: datetime.now(x=1))
show(lambda: datetime.now(timezone.utc, 1))
show(lambda: datetime.utcnow(1))
show(lambda: datetime.utcnow(tz=None))


class MyDT(datetime):
    pass


print(type(MyDT.now(timezone.utc)), type(MyDT.utcnow()))
