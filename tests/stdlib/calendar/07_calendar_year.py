import calendar

print(calendar.calendar(2024))
print(calendar.calendar(2023, w=3, l=1, c=4, m=4))
print(calendar.TextCalendar(6).formatyear(2025, m=6, c=2))
print(calendar.calendar(2000, 1, 1, 1, 2))
