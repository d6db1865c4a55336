# The fields are read-only; unknown attributes cannot be set; subclasses get a __dict__.
from datetime import date, time, datetime, timedelta, timezone, tzinfo


def show(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)


d = date(2024, 1, 2)
t = time(1)
dt = datetime(2024, 1, 2)
td = timedelta(1)


def setter(obj, name, value):
    return lambda: setattr(obj, name, value)


def deleter(obj, name):
    return lambda: delattr(obj, name)


show(setter(d, 'year', 5))
show(deleter(d, 'month'))
show(setter(dt, 'year', 5))
show(setter(dt, 'hour', 5))
show(deleter(dt, 'tzinfo'))
show(setter(dt, 'fold', 1))
show(setter(t, 'minute', 5))
show(setter(t, 'tzinfo', None))
show(setter(td, 'days', 5))
show(deleter(td, 'seconds'))
show(setter(d, 'foo', 5))
show(setter(dt, 'foo', 5))
show(setter(t, 'foo', 5))
show(setter(td, 'foo', 5))
show(setter(timezone.utc, 'foo', 5))
show(lambda: d.foo)
show(lambda: vars(d))


class D(date):
    pass


x = D(2024, 1, 2)
x.note = 'hello'
print(x.note, vars(x))
show(setter(x, 'year', 1))
tz = tzinfo()
show(setter(tz, 'foo', 1))


class Z(tzinfo):
    pass


z = Z()
z.foo = 1
print(vars(z))
