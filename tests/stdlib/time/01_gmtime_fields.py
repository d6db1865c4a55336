import time

for secs in [0, 86399, 86400, 951782400, 1000000000, 1234567890, 2147483647, 4102444800]:
    t = time.gmtime(secs)
    print(secs, t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec,
          t.tm_wday, t.tm_yday, t.tm_isdst)

t = time.gmtime(1700000000)
print(type(t).__name__, type(t).__module__)
print(t.tm_zone, t.tm_gmtoff)
print(type(t.tm_zone).__name__, type(t.tm_gmtoff).__name__)
print(isinstance(t, tuple), len(t))
print(all(type(x) is int for x in t))

# the named fields match the positional ones
names = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
         'tm_wday', 'tm_yday', 'tm_isdst']
print([getattr(t, n) == t[i] for i, n in enumerate(names)])

# gmtime() without an argument gives a struct_time too (value not printed)
now = time.gmtime()
print(type(now).__name__, now.tm_zone, now.tm_gmtoff, now.tm_isdst)
print(now.tm_year >= 2024)
print(time.gmtime(None).tm_year >= 2024)
