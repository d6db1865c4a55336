# timedelta() from ints: normalisation to days/seconds/microseconds, negatives.
from datetime import timedelta

cases = [
    {}, {'days': 1}, {'seconds': 1}, {'microseconds': 1}, {'milliseconds': 1},
    {'minutes': 1}, {'hours': 1}, {'weeks': 1},
    {'days': -1}, {'seconds': -1}, {'microseconds': -1}, {'hours': -25},
    {'days': 1, 'seconds': -1}, {'seconds': 86400}, {'seconds': 86401},
    {'microseconds': 1000000}, {'microseconds': -1000001}, {'milliseconds': -1500},
    {'weeks': 2, 'days': -15, 'hours': 24, 'minutes': 60, 'seconds': 3600},
    {'days': 999999999}, {'days': -999999999}, {'hours': 10**6}, {'minutes': -10**7},
    {'days': True, 'seconds': False}, {'seconds': 10**13}, {'microseconds': -10**17}, {'seconds': 10**15},
]
for kw in cases:
    try:
        td = timedelta(**kw)
        print(kw, repr(td), td.days, td.seconds, td.microseconds)
    except OverflowError as e:
        print(kw, 'OverflowError', e)
print(repr(timedelta(1, 2, 3, 4, 5, 6, 7)))
print(repr(timedelta(0, 0, 0, 0, 0, 0, 0)))
print(timedelta(days=-1, seconds=86399) == timedelta(seconds=-1))
print(timedelta(hours=1) == timedelta(minutes=60) == timedelta(seconds=3600))
