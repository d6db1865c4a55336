# timedelta * / // with ints and floats: results rounded half to even.
from datetime import timedelta


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


us = timedelta(microseconds=1)
td = timedelta(days=1, seconds=2, microseconds=3)
for k in (0, 1, -1, 2, 3, -7, 10**6):
    show(lambda: td * k)
    show(lambda: k * td)
for f in (0.5, 1.5, 2.5, -0.5, 0.1, 1 / 3, 2.0, -1e-7, 1e-6):
    show(lambda: us * f)
    show(lambda: timedelta(microseconds=5) * f)
    show(lambda: timedelta(microseconds=25) / f if f else None)
for n in (2, 3, 7, -2, -7, 10**7):
    show(lambda: timedelta(microseconds=5) / n)
    show(lambda: timedelta(microseconds=7) / n)
    show(lambda: timedelta(microseconds=-5) // n)
    show(lambda: td / n)
    show(lambda: td // n)
show(lambda: td / td)
show(lambda: td / timedelta(hours=1))
show(lambda: timedelta(hours=-7) / timedelta(hours=2, seconds=1))
show(lambda: td // timedelta(hours=1))
show(lambda: timedelta(hours=-7) // timedelta(hours=2, seconds=1))
show(lambda: td * True)
show(lambda: td / True)
show(lambda: td * 2.5)
show(lambda: 2.5 * td)
show(lambda: td * 1e30)
show(lambda: td * float('inf'))
show(lambda: td * float('nan'))
show(lambda: td / float('inf'))
show(lambda: td / 0)
show(lambda: td / 0.0)
show(lambda: td // 0)
show(lambda: td / timedelta(0))
show(lambda: td // timedelta(0))
show(lambda: td // 2.0)
show(lambda: td * td)
show(lambda: td * 'a')
show(lambda: 'a' * td)
show(lambda: [1] * td)
show(lambda: 2 / td)
show(lambda: 2 // td)
show(lambda: td / 'x')
x = timedelta(hours=3)
x *= 2
x /= 4
x //= 3
print(repr(x))
