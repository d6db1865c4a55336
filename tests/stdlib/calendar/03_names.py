import calendar

print(list(calendar.day_name))
print(list(calendar.day_abbr))
print(list(calendar.month_name))
print(list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_name), len(calendar.month_abbr))
print(calendar.month_name[1], calendar.month_name[-1], repr(calendar.month_name[0]))
print(calendar.day_name[0], calendar.day_abbr[-1])
print(calendar.month_name[1:4], calendar.day_abbr[::2], calendar.month_abbr[:])
for bad in (13, 7, "x"):
    try:
        print(calendar.month_name[bad], calendar.day_name[bad])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(type(calendar.month_name).__name__, type(calendar.day_abbr).__name__)
print(calendar.month_name.format, calendar.day_abbr.format)
print("May" in calendar.month_abbr, "Sun" in calendar.day_abbr, "Foo" in calendar.day_name)
print(list(enumerate(calendar.month_abbr))[1:3])
# a custom strftime format
m = type(calendar.month_name)("%m")
print(list(m))
d = type(calendar.day_name)("%w")
print(d[:])
