import calendar

for y, m in [(2024, 2), (2023, 2), (2021, 2), (2024, 9), (2025, 6), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthcalendar(y, m))
try:
    calendar.monthcalendar(2024, 13)
except calendar.IllegalMonthError as e:
    print(e)
c = calendar.Calendar(calendar.SUNDAY)
print(c.monthdayscalendar(2024, 2))
print(c.monthdays2calendar(2024, 2)[0])
print(list(c.iterweekdays()), list(calendar.Calendar(3).iterweekdays()))
print(c.firstweekday, c.getfirstweekday())
c.firstweekday = 9
print(c.firstweekday, c._firstweekday, list(c.iterweekdays()))
c.setfirstweekday(-1)
print(c.firstweekday)
