# strptime's errors: bad directives, stray %, no match, leftover text, bad values, types.
from datetime import datetime


def show(*args, **kw):
    try:
        print(repr(datetime.strptime(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


show('x', '%')
show('x', 'abc%')
show('x', '%q')
show('x', '%E')
show('x', '%Ey')
show('x', '%-d')
show('x', '% d')
show('x', '%\td')
show('x', '%.')
show('x', '%(')
show('x', '%\\')
show('x', '%Y%K')
show('2024', '%Y-%m')
show('2024-01', '%Y')
show('2024-01-02 extra', '%Y-%m-%d')
show('', '%Y')
show('a', '')
show('2024-13-01', '%Y-%m-%d')
show('2024-02-30', '%Y-%m-%d')
show('2023-02-29', '%Y-%m-%d')
show('0000', '%Y')
show('24:00', '%H:%M')
show('32', '%d')
show('0', '%d')
show('13', '%I')
show('1.1234567', '%S.%f')
show('1.', '%S.%f')
show('Mo', '%a')
show('Septembe', '%B')
show(5, '%Y')
show('5', 5)
show(None, None)
show('5')
show('5', '%Y', 1)
show(date_string='5', format='%Y')
show('2024', format='%Y')
