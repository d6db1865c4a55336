# str(), isoformat(), __format__ and f-strings of dates, times and datetimes.
from datetime import date, time, datetime, timezone, timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = date(33, 4, 5)
print(str(d), d.isoformat(), repr(d), f'{d}', f'{d!r}', f'{d:%d/%m/%Y}', format(d, ''))
t = time(7, 8, 9, 10)
print(str(t), f'{t}', f'{t:%H.%M}', format(t, ''))
dt = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1)))
print(str(dt), f'{dt}', f'{dt:%Y %z}', format(dt, ''))
show(lambda: format(d, 5))
show(lambda: d.__format__(5))
show(lambda: d.__format__(None))
show(lambda: d.__format__())
print('%s | %r' % (d, d))
print('{} {!s} {!r} {:%A}'.format(d, d, d, d))
print([d, t, dt])
print(str(date.max), str(datetime.min), str(time.max))
