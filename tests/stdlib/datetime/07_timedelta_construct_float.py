# timedelta() from floats: one rounding of the leftover, half to even.
from datetime import timedelta


def show(**kw):
    try:
        td = timedelta(**kw)
        print(kw, repr(td))
    except Exception as e:
        print(kw, type(e).__name__, e)


show(microseconds=0.5)
show(microseconds=1.5)
show(microseconds=2.5)
show(microseconds=-0.5)
show(microseconds=-1.5)
show(microseconds=0.4999999)
show(seconds=0.5, microseconds=0.5)
show(seconds=1.0000005)
show(seconds=1.0000015)
show(seconds=-1.0000005)
show(days=0.1, hours=0.1, microseconds=0.3)
show(days=-1.3, seconds=7.7, minutes=-2.25, weeks=0.001)
show(days=1e-6)
show(hours=1.5, minutes=-0.5)
show(weeks=1.5)
show(milliseconds=0.0005)
show(milliseconds=0.0015)
show(milliseconds=-0.0025)
show(days=1.5, seconds=0.25, microseconds=10.75)
show(days=365.2425)
show(seconds=1e-7)
show(seconds=123456789.123456789)
show(days=3.14159, hours=2.71828, minutes=1.41421, seconds=1.73205, milliseconds=2.23606, microseconds=0.57721)
show(days=float('inf'))
show(days=float('-inf'))
show(hours=float('nan'))
show(days=1e10)
show(days=-1e9)
show(seconds=2.5, days='1')
show(hours=None)
show(minutes=[1])
show(weeks=1j)
