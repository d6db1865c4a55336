import calendar

for y in (1900, 2000, 2004, 2023, 2024, 2100, 2400, 0, -4, -100, 1, 9999):
    print(y, calendar.isleap(y))
for a, b in [(2000, 2025), (1900, 1901), (2000, 2000), (2000, 2001), (1, 10000), (-400, 400),
             (2025, 2000), (1600, 2400)]:
    print(a, b, calendar.leapdays(a, b))
try:
    calendar.isleap("2000")
except TypeError as e:
    print("TypeError", e)
print(calendar.isleap(2000.0), calendar.leapdays(2000.0, 2010))
