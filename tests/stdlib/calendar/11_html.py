import calendar

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(calendar.HTMLCalendar(6).formatweekheader())
print(h.formatday(0, 3), h.formatday(15, 6))
y = h.formatyear(2024, 4)
print(len(y), y[:200])
page = h.formatyearpage(2024, css=None)
print(type(page).__name__, len(page), page[:120])
print(h.formatyearpage(2023, 2, "style.css", "ascii")[:300].decode())


class Custom(calendar.HTMLCalendar):
    cssclass_month = "cal"
    cssclasses = ["w"] * 5 + ["we"] * 2


print(Custom().formatmonth(2025, 1))
