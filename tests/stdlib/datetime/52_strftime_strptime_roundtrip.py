# strftime then strptime gives the datetime back, for many formats and values.
from datetime import datetime, timedelta, timezone

formats = ['%Y-%m-%d %H:%M:%S.%f', '%d/%m/%Y %I:%M:%S %p', '%a %b %d %H:%M:%S %Y', '%Y%m%dT%H%M%S%z',
           '%j %Y %H', '%A %d %B %Y %H:%M', '%y-%m-%d', '%G-W%V-%u %H:%M', '%Y %U %w %H', '%Y %W %a %M']
moment = datetime(1999, 12, 31, 23, 59, 58, 123456, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
for i in range(25):
    moment = moment + timedelta(days=17, hours=5, minutes=11, seconds=7, microseconds=1)
    for f in formats:
        text = moment.strftime(f)
        back = datetime.strptime(text, f)
        print(f, '|', text, '|', back.isoformat())
