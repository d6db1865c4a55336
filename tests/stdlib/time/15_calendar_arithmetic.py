import time

DAY = 86400

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

# walk through the first day of every year: gmtime agrees with the leap rule
secs = 0
for year in range(1970, 2110):
    g = time.gmtime(secs)
    assert (g.tm_year, g.tm_mon, g.tm_mday, g.tm_yday) == (year, 1, 1, 1), (year, g)
    secs += (366 if is_leap(year) else 365) * DAY
print('years ok', secs)

# days in each month of 2024 and 2100 from gmtime
for year, start in [(2024, 1704067200), (2100, 4102444800)]:
    lengths = []
    s = start
    for mon in range(1, 13):
        n = 0
        while time.gmtime(s).tm_mon == mon:
            n += 1
            s += DAY
        lengths.append(n)
    print(year, lengths, sum(lengths))

# weekday of the epoch and its cycle
print([time.gmtime(d * DAY).tm_wday for d in range(-3, 11)])
# the last day of February
for y in [1900, 2000, 2023, 2024]:
    mar1 = time.strptime(f'{y}-03-01', '%Y-%m-%d')
    print(y, mar1.tm_yday - 1, is_leap(y))

# age in days between two dates computed through strptime+yday
a = time.strptime('1999-12-25', '%Y-%m-%d')
b = time.strptime('2000-03-01', '%Y-%m-%d')
print((365 - a.tm_yday) + b.tm_yday)

# seconds -> (days, h, m, s) agree with gmtime
for s in [0, 59, 3600, 86399, 90061, 1234567]:
    g = time.gmtime(s)
    d, rem = divmod(s, DAY)
    h, rem = divmod(rem, 3600)
    m, sec = divmod(rem, 60)
    print(s, (d, h, m, sec) == (g.tm_yday - 1, g.tm_hour, g.tm_min, g.tm_sec))
