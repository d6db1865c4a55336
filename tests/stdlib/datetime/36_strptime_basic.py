# datetime.strptime: the common directives, case, whitespace, defaults.
from datetime import datetime


def show(s, f):
    try:
        print(repr(s), repr(f), repr(datetime.strptime(s, f)))
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)


show('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S')
show('2024-01-02 03:04:05.123', '%Y-%m-%d %H:%M:%S.%f')
show('2024-01-02T03:04:05.1234567', '%Y-%m-%dT%H:%M:%S.%f')
show('24-1-2', '%y-%m-%d')
show('68', '%y')
show('69', '%y')
show('00', '%y')
show('Tue Jan  2 03:04:05 2024', '%c')
show('tue jan 2 03:04:05 2024', '%c')
show('01/02/24', '%x')
show('03:04:05', '%X')
show('12 AM', '%I %p')
show('12 pm', '%I %p')
show('1 PM', '%I %p')
show('11', '%I')
show('12', '%I')
show('PM 5', '%p %I')
show('5 PM', '%H %p')
show('Monday', '%A')
show('MON', '%a')
show('september', '%B')
show('Sep', '%b')
show('2024 100', '%Y %j')
show('2024 366', '%Y %j')
show('2023 366', '%Y %j')
show('2024\t\n  01', '%Y %m')
show('2024 01', '%Y\t\t%m')
show('2024-01-02', '%Y-%m-%d ')
show('t10', 'T%H')
show('%', '%%')
show('a%b', 'a%%b')
show('', '')
show('1112', '%d%m')
show('123', '%d%m')
show('2024111', '%Y%m%d')
show('202411', '%Y%m%d')
show(' 1', '%d')
show('1 2 2024', '%d %m %Y')
show('Feb 29', '%b %d')
show('Feb 29 2024', '%b %d %Y')
show('Feb 28', '%b %d')
show('23 59 60', '%H %M %S')
show('23 59 61', '%H %M %S')
show('Tue, 02 Jan 2024 03:04:05', '%a, %d %b %Y %H:%M:%S')
show('1/2/2024 3:04 PM', '%m/%d/%Y %I:%M %p')
show('12:00 AM 2024', '%I:%M %p %Y')


class MyDT(datetime):
    pass


print(repr(MyDT.strptime('2024-05-06', '%Y-%m-%d')))
