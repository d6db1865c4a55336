# strftime's %z, %Z and %f: offsets with seconds and microseconds, names, escaping.
from datetime import datetime, time, date, timezone, timedelta, tzinfo

zones = [None, timezone.utc, timezone(timedelta(hours=5, minutes=30), 'IST'),
         timezone(-timedelta(hours=5, seconds=3, microseconds=2)), timezone(timedelta(seconds=59)),
         timezone(timedelta(hours=2), '%Y%%'), timezone(timedelta(minutes=-1), '')]
for tz in zones:
    d = datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=tz)
    t = time(3, 4, 5, 6, tzinfo=tz)
    print(repr(d.strftime('%z|%Z|%f')), repr(t.strftime('%z|%Z|%f')))
print(repr(date(2024, 1, 2).strftime('%z|%Z|%f|%H')))
print(repr(datetime(2024, 1, 2, tzinfo=timezone.utc).strftime('%%z %%Z %%f %%%z')))
print(repr(datetime(2024, 1, 2, tzinfo=timezone.utc).strftime('%z%z%Z%Z%f%f')))


class Counting(tzinfo):
    calls = []

    def utcoffset(self, dt):
        self.calls.append('utcoffset')
        return timedelta(hours=1)

    def dst(self, dt):
        self.calls.append('dst')
        return timedelta(0)

    def tzname(self, dt):
        self.calls.append('tzname')
        return 'C'


c = Counting()
print(datetime(2024, 1, 2, tzinfo=c).strftime('%Y %Z %z %Z %z'), Counting.calls)
Counting.calls.clear()
print(time(1, tzinfo=c).strftime('%H %z %Z'), Counting.calls)


class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-2)

    def tzname(self, dt):
        return 'ND'


for f in ('%Y', '%z', '%Z'):
    try:
        print(datetime(2024, 1, 2, tzinfo=NoDst()).strftime(f))
    except NotImplementedError as e:
        print('NotImplementedError', e)
print(time(1, tzinfo=NoDst()).strftime('%z %Z'))


class BadName(tzinfo):
    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return 42


for f in ('%z', '%Z'):
    try:
        print(repr(datetime(2024, 1, 2, tzinfo=BadName()).strftime(f)))
    except TypeError as e:
        print('TypeError', e)
