# timetuple() and utctimetuple(): struct_time fields, isdst from dst(), UTC conversion.
from datetime import date, datetime, timezone, timedelta, tzinfo


class Zone(tzinfo):
    def __init__(self, off, dst):
        self.off, self.d = off, dst

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.d


for obj in (date(2024, 3, 1), date(2023, 12, 31), datetime(2024, 1, 1, 12, 30, 45, 999),
            datetime(2024, 1, 1, tzinfo=timezone.utc),
            datetime(2024, 1, 1, tzinfo=Zone(timedelta(hours=1), timedelta(hours=1))),
            datetime(2024, 1, 1, tzinfo=Zone(timedelta(hours=1), timedelta(0))),
            datetime(2024, 1, 1, tzinfo=Zone(timedelta(hours=1), -timedelta(hours=1))),
            datetime(2024, 1, 1, tzinfo=Zone(None, None))):
    tt = obj.timetuple()
    print(tt)
    print(tuple(tt), tt.tm_yday, tt.tm_wday, tt.tm_isdst)
    if isinstance(obj, datetime):
        print(obj.utctimetuple())
for obj in (datetime(1, 1, 1, tzinfo=Zone(timedelta(hours=1), None)),
            datetime(9999, 12, 31, 23, tzinfo=Zone(timedelta(hours=-1), None))):
    try:
        print(obj.utctimetuple())
    except OverflowError as e:
        print('OverflowError', e)
