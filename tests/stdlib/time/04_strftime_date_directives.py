import time

t = (2023, 7, 4, 15, 9, 5, 1, 185, 0)
for d in ['%Y', '%m', '%d', '%j', '%y', '%a', '%A', '%b', '%B', '%w']:
    print(d, repr(time.strftime(d, t)))

print(time.strftime('%Y-%m-%d', t))
print(time.strftime('%A, %d %B %Y', t))
print(time.strftime('%a %b %d', t))
print(time.strftime('day %j of %Y (weekday %w)', t))

# every weekday and month name, from gmtime of fixed days
for day in range(7):
    g = time.gmtime(day * 86400)
    print(g.tm_wday, time.strftime('%a %A %w', g))
for mon in range(1, 13):
    g = (2021, mon, 1, 0, 0, 0, 0, 1, 0)
    print(mon, time.strftime('%b %B %m', g))

# short years
for y in [1999, 2000, 2009, 2099]:
    print(y, time.strftime('%y', (y, 1, 1, 0, 0, 0, 0, 1, 0)))

# day of year boundaries
print(time.strftime('%j', (2024, 12, 31, 0, 0, 0, 1, 366, 0)))
print(time.strftime('%j', (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%d|%m', (2024, 1, 9, 0, 0, 0, 0, 9, 0)))
