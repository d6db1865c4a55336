# __reduce__/__reduce_ex__ states (bytes with the fold bit), rebuilding from them, copy.
import copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


objs = [date(2024, 1, 2), time(3, 4, 5, 6), time(3, 4, 5, 6, timezone.utc, fold=1),
        datetime(2024, 1, 2, 3, 4, 5, 6), datetime(2024, 1, 2, 3, 4, 5, 6, timezone(timedelta(hours=1), 'X'), fold=1),
        timedelta(3, 4, 5), timedelta(-1), timezone.utc, timezone(timedelta(hours=-3)), timezone(timedelta(hours=3), 'N')]
for o in objs:
    print(repr(o))
    print('   ', o.__reduce__())
    print('   ', o.__reduce_ex__(2), o.__reduce_ex__(4))
    c = copy.copy(o)
    dc = copy.deepcopy(o)
    print('   ', c == o, dc == o, repr(dc))
show(lambda: date(b'\x07\xe8\x01\x02'))
show(lambda: date(b'\x07\xe8\x0d\x02'))
show(lambda: date('\x07\xe8\x01\x02'))
show(lambda: datetime(b'\x07\xe8\x01\x02\x03\x04\x05\x00\x00\x06'))
show(lambda: datetime(b'\x07\xe8\x81\x02\x03\x04\x05\x00\x00\x06'))
show(lambda: datetime(b'\x07\xe8\x01\x02\x03\x04\x05\x00\x00\x06', timezone.utc))
show(lambda: datetime(b'\x07\xe8\x01\x02\x03\x04\x05\x00\x00\x06', 'bad'))
show(lambda: time(b'\x03\x04\x05\x00\x00\x06'))
show(lambda: time(b'\x83\x04\x05\x00\x00\x06'))
show(lambda: time(b'\x03\x04\x05\x00\x00\x06', timezone.utc))
show(lambda: time(b'\x03\x04\x05\x00\x00'))
print(copy.deepcopy(datetime(2024, 1, 1, tzinfo=timezone.utc)).tzinfo is timezone.utc)


class Z(tzinfo):
    def __init__(self, name='z'):
        self.name = name

    def utcoffset(self, dt):
        return timedelta(hours=2)

    def __repr__(self):
        return 'Z(%r)' % self.name


z = Z('a')
print(z.__reduce__())
d = datetime(2024, 1, 1, tzinfo=z)
d2 = copy.deepcopy(d)
print(repr(d2), d2.tzinfo is z, d2 == d)
print(copy.copy(d).tzinfo is z)
