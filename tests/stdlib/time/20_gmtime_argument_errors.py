import time

for bad in ['0', b'0', [0], 1j, float('nan'), float('inf'), float('-inf'), 10 ** 20, -10 ** 20,
            1e20, object()]:
    try:
        print(time.gmtime(bad))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(bad).__name__, type(e).__name__, e)

for f in [time.localtime, time.ctime]:
    for bad in ['0', float('nan'), 10 ** 20]:
        try:
            f(bad)
        except (TypeError, ValueError, OverflowError) as e:
            print(f.__name__, type(bad).__name__, type(e).__name__, e)

for args in [(0, 0), (1, 2, 3)]:
    try:
        time.gmtime(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    time.gmtime(seconds=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.ctime(0, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.localtime(0, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime()
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, 0), 1)
except TypeError as e:
    print(type(e).__name__, e)

# True and False are ints; __index__ is used, __float__ is not
print(time.gmtime(True)[:6], time.gmtime(False)[:6])
class Idx:
    def __index__(self):
        return 86400
try:
    print(time.gmtime(Idx())[:3])
except TypeError as e:
    print(type(e).__name__, e)
class Flt:
    def __float__(self):
        return 86400.0
try:
    print(time.gmtime(Flt())[:3])
except TypeError as e:
    print(type(e).__name__, e)
