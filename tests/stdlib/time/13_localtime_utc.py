import os
import time

# pin the local time zone so that localtime/ctime/mktime are reproducible
os.environ['TZ'] = 'UTC'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)

for secs in [0, 1234567890, 1700000000.75, -1]:
    lt = time.localtime(secs)
    print(tuple(lt), lt.tm_zone, lt.tm_gmtoff)
    print(time.ctime(secs))
    print(lt == time.gmtime(secs), time.mktime(lt))

print(time.ctime(0) == time.asctime(time.localtime(0)))
print(time.mktime((2009, 2, 13, 23, 31, 30, 0, 0, 0)))
print(time.mktime((2009, 2, 13, 23, 31, 30, 0, 0, -1)))
# mktime normalizes out-of-range fields
print(time.mktime((2009, 2, 13, 23, 31, 90, 0, 0, 0)) - 1234567890)
print(time.localtime(time.mktime((2023, 14, 1, 0, 0, 0, 0, 0, 0)))[:3])
print(time.localtime(time.mktime((2023, 3, 0, 0, 0, 0, 0, 0, 0)))[:3])
print(time.localtime(time.mktime((2023, 1, 1, 0, -1, 0, 0, 0, 0)))[:5])
print(type(time.mktime(time.localtime(0))).__name__)

os.environ['TZ'] = 'EST+5'
time.tzset()
print(time.tzname, time.timezone, time.daylight)
print(time.ctime(0))
print(time.localtime(0).tm_hour, time.localtime(0).tm_gmtoff, time.localtime(0).tm_zone)
print(time.mktime(time.gmtime(0)))
del os.environ['TZ']
time.tzset()
