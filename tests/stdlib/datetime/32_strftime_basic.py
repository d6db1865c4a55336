# strftime's common directives on dates, times and datetimes (C locale).
from datetime import date, time, datetime, timezone, timedelta

fmt = '%Y|%y|%m|%d|%H|%I|%M|%S|%f|%p|%a|%A|%b|%B|%j|%U|%W|%u|%w|%%'
for d in (date(2024, 1, 2), date(1, 1, 1), date(99, 12, 31), date(999, 6, 15), date(9999, 12, 31)):
    print(d.strftime(fmt))
    print('  ', d.strftime('%c | %x | %X | %D | %F | %T | %R | %r | %e | %C | %G | %g | %V'))
for t in (time(0), time(12, 30, 5, 123456), time(23, 59, 59, 999999), time(13, 0, 1)):
    print(t.strftime(fmt))
    print('  ', t.strftime('%c | %x | %X | %I %p | %k | %l'))
for dt in (datetime(2024, 2, 29, 0, 0), datetime(2024, 12, 30, 12, 0, 0, 1), datetime(2023, 7, 4, 18, 45, 30)):
    print(dt.strftime(fmt))
    print('  ', dt.strftime('%A, %B %d, %Y at %I:%M %p'), dt.strftime('%Y-%m-%dT%H:%M:%S.%f'))
print(repr(date(2024, 1, 2).strftime('')))
print(repr(date(2024, 1, 2).strftime('no directives')))
print(repr(date(2024, 1, 2).strftime('%n%t')))
print(repr(date(2024, 1, 2).strftime('é%Y€ ✓')))
print(repr(date(2024, 1, 2).strftime('a\0b%Y')))
try:
    date(2024, 1, 2).strftime(5)
except TypeError as e:
    print('TypeError', e)
try:
    date(2024, 1, 2).strftime()
except TypeError as e:
    print('TypeError', e)
print(date(2024, 1, 2).strftime(format='%d'))
