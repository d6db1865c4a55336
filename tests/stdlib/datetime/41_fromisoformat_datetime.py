# datetime.fromisoformat: the date forms, any separator, time and offset forms (3.11).
from datetime import datetime


def show(s):
    try:
        print(repr(s), repr(datetime.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)


for s in ('2024-01-02', '20240102', '2024-W01-3', '2024-01-02T03:04:05', '2024-01-02 03:04:05.123456',
          '2024-01-02T03:04:05,5', '2024-01-02T03', '2024-01-02T0304', '2024-01-02T030405',
          '2024-01-02T03:04:05Z', '2024-01-02T03:04:05+01:00', '2024-01-02T03:04:05-0130',
          '2024-01-02T03:04:05+01:30:15.5', '2024-01-02T03:04:05.1234567', '2024-01-02T03:04:05.1',
          '2024-01-02T03:04:05.12', '2024-01-02T03:04:05.1234', '2024-W01-1T10:00', '2024W011T1000',
          '2024W01T10', '2024-W01T10', '20240102T030405Z', '2024-01-02x03:04', '2024-01-02é03:04',
          '2024-01-02\u300003:04', '2024-01-0203:04', '2024-01-02T03:04:05.123+05',
          '2024-01-02T03:04:05.123+0530', '2024-01-02T03:04:05.123+053015',
          '2024-01-02T03:04:05.123+053015.123', '2024-01-02T03:04:05+00:00', '2024-01-02T03:04:05-00:00',
          '2024-01-02T03:04:05+00:00:00.5', '2024-01-02T03:04:05+23:59', '9999-12-31T23:59:59.999999',
          '0001-01-01T00:00:00+01:00', '2024-01-02T23:59:59.9999999'):
    show(s)
d = datetime.fromisoformat('2024-01-02T03:04:05+01:00')
print(d.tzinfo, d.utcoffset(), datetime.fromisoformat('2024-01-02T03:04:05Z').tzinfo)
print(datetime.fromisoformat('2024-01-02T03:04:05+00:00').tzinfo)
for s in ('2024-01-02T03:04:05.000001-02:30', '2024-05-06T07:08:09', '2024-05-06'):
    d = datetime.fromisoformat(s)
    print(datetime.fromisoformat(d.isoformat()) == d, datetime.fromisoformat(str(d)) == d)


class MyDT(datetime):
    pass


print(repr(MyDT.fromisoformat('2024-01-02T03:04')))
