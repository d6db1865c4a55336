# Calendar computations in loops: month lengths, leap years, weekdays, ordinals round-trip.
from datetime import date, datetime, timedelta

lengths = []
for year in (1900, 2000, 2023, 2024):
    row = []
    for month in range(1, 13):
        first = date(year, month, 1)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        row.append((nxt - first).days)
    lengths.append((year, row))
print(lengths)
leaps = [y for y in range(1, 10000) if (date(y, 12, 31) - date(y, 1, 1)).days == 365]
print(len(leaps), leaps[:5], leaps[-3:])
thirteenths = [0] * 7
for year in range(1601, 2001):
    for month in range(1, 13):
        thirteenths[date(year, month, 13).weekday()] += 1
print(thirteenths)
n = 1
ok = True
while n < 3652059:
    d = date.fromordinal(n)
    ok = ok and d.toordinal() == n and date(d.year, d.month, d.day) == d
    n += 9973
print(ok)
fridays = []
d = date(2024, 1, 1)
while d.year == 2024:
    if d.day == 13 and d.weekday() == 4:
        fridays.append(d.isoformat())
    d += timedelta(1)
print(fridays)
start = datetime(2024, 3, 1, 8, 30)
meetings = [start + timedelta(weeks=2 * i, hours=i % 3) for i in range(10)]
print([m.strftime('%b %d %H:%M %a') for m in meetings])
span = meetings[-1] - meetings[0]
print(span, span.days, span.total_seconds(), span / timedelta(hours=1))
