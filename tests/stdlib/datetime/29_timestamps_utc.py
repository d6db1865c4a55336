# UTC timestamps: utcfromtimestamp, fromtimestamp(ts, tz), timestamp() of aware datetimes.
from datetime import datetime, timezone, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for ts in (0, 1, -1, 1.5, -1.5, 1e9, 1704067200, 1704067200.123456, 0.9999995, 1.0000005,
           -0.0000005, -1.0000015, 1e-7, -62135596800, 253402300799, 253402300799.9999999):
    show(lambda: datetime.utcfromtimestamp(ts))
    show(lambda: datetime.fromtimestamp(ts, timezone.utc))
for ts in (-62135596801, 253402300800, 1e11, 1e15, 1e17, 1e19, -1e19, 2**63, float('nan'), float('inf'), '5', None):
    show(lambda: datetime.utcfromtimestamp(ts))
show(lambda: datetime.fromtimestamp(86400, timezone(timedelta(hours=-5), 'EST')))
show(lambda: datetime.fromtimestamp(86400, tz=timezone(timedelta(hours=3))))
show(lambda: datetime.fromtimestamp(0, 5))
show(lambda: datetime.fromtimestamp())
show(lambda: datetime.fromtimestamp(tz=timezone.utc))
show(lambda: datetime.fromtimestamp(0, timezone.utc, 1))
show(lambda: datetime.utcfromtimestamp())
show(lambda: datetime.utcfromtimestamp(t=1))
for d in (datetime(1970, 1, 1, tzinfo=timezone.utc), datetime(2024, 1, 1, tzinfo=timezone.utc),
          datetime(2024, 1, 1, 12, 30, 15, 250000, tzinfo=timezone(timedelta(hours=2))),
          datetime(1, 1, 1, tzinfo=timezone.utc), datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc),
          datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)):
    ts = d.timestamp()
    print(repr(d), ts)
    show(lambda: datetime.fromtimestamp(ts, timezone.utc) == d)
