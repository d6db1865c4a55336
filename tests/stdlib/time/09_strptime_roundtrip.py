import time

fmts = ['%Y-%m-%d %H:%M:%S', '%d/%m/%y', '%A %d %B %Y', '%a %b %d %H:%M:%S %Y',
        '%j %Y', '%I:%M:%S %p', '%Y%m%dT%H%M%S', '%H:%M', '%b %Y', '%c', '%x', '%X']
t = (2021, 10, 7, 18, 4, 59, 3, 280, 0)
for f in fmts:
    s = time.strftime(f, t)
    p = time.strptime(s, f)
    print(f'{f!r:24} {s!r:28} {tuple(p)}')

p = time.strptime('2009-02-13 23:31:30', '%Y-%m-%d %H:%M:%S')
print(p)
print(p == time.gmtime(1234567890)[:8] + (-1,))
print(p.tm_isdst, p.tm_zone, p.tm_gmtoff)
print(type(p).__name__)

# the default format is asctime's
p = time.strptime('Fri Feb 13 23:31:30 2009')
print(tuple(p))
print(time.asctime(time.strptime(time.asctime(time.gmtime(0)))))

# case-insensitive names, surrounding whitespace in format, %%
print(tuple(time.strptime('MONDAY january 3 2022', '%A %B %d %Y')))
print(tuple(time.strptime('  5 pm', ' %I %p')))
print(tuple(time.strptime('100% 2020', '100%% %Y')))
print(tuple(time.strptime('2020-2-3', '%Y-%m-%d')))
print(tuple(time.strptime('12:00 AM', '%I:%M %p'))[3], tuple(time.strptime('12:00 PM', '%I:%M %p'))[3])
print(tuple(time.strptime('23:59:60', '%H:%M:%S'))[5])
print(tuple(time.strptime('23:59:61', '%H:%M:%S'))[5])
