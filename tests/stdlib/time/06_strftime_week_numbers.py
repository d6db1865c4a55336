import time

def days_from_civil(y, m, d):
    # days since 1970-01-01 of a proleptic Gregorian date
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468

# %U counts weeks starting on Sunday, %W weeks starting on Monday;
# days before the first such weekday are in week 00
for year in [2017, 2018, 2021, 2022, 2023, 2024]:
    first = days_from_civil(year, 1, 1) * 86400
    rows = []
    for day in range(10):
        g = time.gmtime(first + day * 86400)
        rows.append(time.strftime('%a:%U/%W', g))
    print(year, ' '.join(rows))

# the last days of some years
for y in [2022, 2023, 2024, 2026]:
    g = time.gmtime(days_from_civil(y, 12, 31) * 86400 + 3600)
    print(time.strftime('%Y-%m-%d %a %j U=%U W=%W', g))

# week numbers only look at tm_yday and tm_wday
print(time.strftime('%U %W', (2000, 1, 1, 0, 0, 0, 6, 1, 0)))
print(time.strftime('%U %W', (2000, 1, 1, 0, 0, 0, 0, 100, 0)))
print(time.strftime('%U %W', (1900, 1, 1, 0, 0, 0, 3, 366, 0)))
