# repr() and str() of timedeltas, including negative ones and plural days.
from datetime import timedelta

cases = [timedelta(0), timedelta(1), timedelta(-1), timedelta(2), timedelta(-2),
         timedelta(seconds=1), timedelta(seconds=-1), timedelta(microseconds=1),
         timedelta(microseconds=-1), timedelta(days=1, seconds=1, microseconds=1),
         timedelta(hours=25, minutes=3, seconds=4, microseconds=50),
         timedelta(days=-3, hours=4), timedelta(weeks=100), timedelta(milliseconds=1),
         timedelta(hours=23, minutes=59, seconds=59, microseconds=999999),
         timedelta.max, timedelta.min]
for td in cases:
    print(repr(td), '|', str(td), '|', f'{td}', '|', '%s' % (td,), '|', format(td, ''))
print([timedelta(1), timedelta(seconds=5)])
print({'a': timedelta(minutes=90)})
