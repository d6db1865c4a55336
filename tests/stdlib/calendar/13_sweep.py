import calendar

# every month of 1890-2110: first weekday and length, compared with a running day count
day = calendar.weekday(1890, 1, 1)
bad = 0
for y in range(1890, 2111):
    for m in range(1, 13):
        first, n = calendar.monthrange(y, m)
        if first != day:
            bad += 1
        day = (day + n) % 7
print("mismatches:", bad)
# total size of the printed calendars of a few centuries' years
total = 0
for y in range(1995, 2031):
    total += len(calendar.calendar(y))
print(total)
lines = calendar.month(2099, 12).splitlines()
print(lines)
print(sum(len(calendar.monthcalendar(y, m)) for y in range(2000, 2030) for m in range(1, 13)))
