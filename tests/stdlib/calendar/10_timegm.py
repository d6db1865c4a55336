import calendar
import time

for t in [(1970, 1, 1, 0, 0, 0), (2000, 1, 1, 0, 0, 0), (2024, 2, 29, 12, 30, 45),
          (1969, 12, 31, 23, 59, 59), (2038, 1, 19, 3, 14, 8), (1, 1, 1, 0, 0, 0),
          (2024, 1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 25, 61, 61)]:
    print(t, calendar.timegm(t))
print(calendar.timegm(time.gmtime(1700000000)))
for bad in [(2024, 13, 1, 0, 0, 0), (2024, 1, 1)]:
    try:
        calendar.timegm(bad)
    except ValueError as e:
        print("ValueError", e)
print(calendar.EPOCH)
