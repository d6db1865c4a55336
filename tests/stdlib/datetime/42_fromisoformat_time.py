# time.fromisoformat: HH[:MM[:SS[.fff[fff]]]] with or without colons, a leading T, offsets.
from datetime import time


def show(s):
    try:
        print(repr(s), repr(time.fromisoformat(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)


for s in ('03', '03:04', '0304', '03:04:05', '030405', '03:04:05.123456', '030405.5', '03:04:05,123',
          '03:04:05.1234567', '03:04:05.', '03:04.5', '03.5', 'T03:04', 'T0304', 'T', 'TT03', '',
          '0', '3:04', '03:4', '03:04:5', '24:00', '23:60', '23:59:60', '03:04:05Z', '03:04:05z',
          '03:04:05+01', '03:04:05-01:00', '03:04:05+0130', '03:04:05+01:30:15', '03:04:05+01:30:15.5',
          '03:04:05+24:00', '03:04:05 +01:00', '03:04:05+01:00Z', '03:04:05+', '03:04:05+1',
          '03:04:05+01:0', '03:04-05', '0304-0500', '03:04:05.123-00:00', '03:04:05.12a', '03:0405',
          '0304:05', '03:04:05\x00', '٠٣:04'):
    show(s)
for bad in (304, None):
    try:
        time.fromisoformat(bad)
    except TypeError as e:
        print('TypeError', e)
for t in (time(0), time(23, 59, 59, 999999), time(1, 2, 3, 4000)):
    print(time.fromisoformat(t.isoformat()) == t)
