import calendar

print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 3))
print(calendar.monthcalendar(2024, 3)[0])
print(repr(calendar.weekheader(3)))
for bad in (7, -1, 100):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday, isinstance(e, ValueError))
try:
    calendar.setfirstweekday("1")
except TypeError as e:
    print("TypeError", e)
calendar.setfirstweekday(0)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3)[0])
