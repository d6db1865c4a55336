import calendar

for args in [(2024, 1, 1), (2000, 2, 29), (1970, 1, 1), (1, 1, 1), (9999, 12, 31), (2023, 12, 25)]:
    print(args, calendar.weekday(*args))
# years outside datetime's range wrap on the 400-year cycle
for y in (0, -1, 10000, 12345, -400):
    print(y, calendar.weekday(y, 3, 1), calendar.monthrange(y, 2))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 1), (2024, 4), (2024, 12)]:
    print(y, m, calendar.monthrange(y, m))
for bad in (0, 13, -1):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, e.args, isinstance(e, ValueError))
for args in [(2024, 2, 30), (2024, 13, 1), (2024, 0, 5)]:
    try:
        calendar.weekday(*args)
    except ValueError as e:
        print("ValueError", e)
print(calendar.MONDAY, calendar.SUNDAY, calendar.error is ValueError)
print(calendar.mdays)
