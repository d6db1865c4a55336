import calendar

c = calendar.Calendar()
print(list(c.itermonthdays(2024, 3)))
print(list(c.itermonthdays2(2024, 3))[:8])
print(list(c.itermonthdays3(2024, 3))[:3], list(c.itermonthdays3(2024, 3))[-3:])
print(list(c.itermonthdays4(2024, 12))[-5:])
print([str(d) for d in c.itermonthdates(2024, 1)][:3])
print(c.monthdatescalendar(2023, 10)[-1])
# dates beyond datetime's range are fine for days3/days4 only
print(list(c.itermonthdays3(9999, 12))[-4:])
print(list(c.itermonthdays3(1, 1))[:2])
try:
    list(c.itermonthdates(9999, 12))
except OverflowError as e:
    print("OverflowError", e)
except ValueError as e:
    print("ValueError", e)
for first in range(7):
    cal = calendar.Calendar(first)
    days = list(cal.itermonthdays(2024, 2))
    print(first, len(days), days[:7])
y = c.yeardayscalendar(2024, 4)
print(len(y), [len(row) for row in y], y[0][1][0])
y2 = c.yeardays2calendar(2023, 5)
print(len(y2), [len(row) for row in y2])
yd = c.yeardatescalendar(2022)
print(len(yd), str(yd[3][2][-1][-1]))
try:
    c.yeardayscalendar(2024, 0)
except ValueError as e:
    print("ValueError", e)
