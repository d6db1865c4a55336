# strptime's %z (offsets, Z, seconds and fractions) and %Z with it.
from datetime import datetime


def show(s, f):
    try:
        r = datetime.strptime(s, f)
        print(repr(s), repr(f), repr(r), r.tzname())
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)


for z in ('+0100', '-0130', '+01:30', '-01:30:15', '+013015', '+01:30:15.5', '+013015.123456',
          '-01:30:15.1234567', 'Z', 'z', '+0000', '-00:00', '+2359', '+24:00', '+1', '+01', '+01:3',
          '+0160', '+0130:15', '+01:3015', '+01:30:', '0100', '+01:30 ', ' +0100'):
    show(z, '%z')
show('2024-01-02T03:04:05.123456+05:30', '%Y-%m-%dT%H:%M:%S.%f%z')
show('2024-01-02 03:04:05 +0000 UTC', '%Y-%m-%d %H:%M:%S %z %Z')
show('2024-01-02 03:04:05 -0800 GMT', '%Y-%m-%d %H:%M:%S %z %Z')
show('+0100 utc', '%z %Z')
show('UTC', '%Z')
show('gmt', '%Z')
show('Tue, 02 Jan 2024 03:04:05 GMT', '%a, %d %b %Y %H:%M:%S %Z')
show('XYZ', '%Z')
