import calendar

print(sorted(calendar.__all__))
missing = [n for n in calendar.__all__ if not hasattr(calendar, n)]
print(missing)
print(calendar.TextCalendar.__mro__[1].__name__, calendar.HTMLCalendar.__bases__[0].__name__)
print(calendar.January, calendar.February)
print(type(calendar.c).__name__, calendar.month.__name__, calendar.calendar.__name__,
      calendar.monthcalendar.__name__, calendar.prcal.__name__)
print(issubclass(calendar.IllegalMonthError, ValueError), issubclass(calendar.IllegalWeekdayError, ValueError))
e = calendar.IllegalMonthError(0)
print(repr(e), str(e))
e = calendar.IllegalWeekdayError("x")
print(repr(e), str(e))
