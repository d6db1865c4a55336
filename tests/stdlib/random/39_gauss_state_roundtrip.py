import random

# getstate() in the middle of a gauss() pair keeps the cached value.
r = random.Random(13)
r.gauss()
saved = r.getstate()
rest = [r.gauss() for _ in range(3)]
r.setstate(saved)
print(rest == [r.gauss() for _ in range(3)])
r.setstate((3, saved[1], None))
print(r.gauss() != rest[0])
r.setstate((3, saved[1], 'odd'))
try:
    r.gauss()
except TypeError as e:
    print(type(e).__name__, e)
print(r.getstate()[2])
r.setstate((3, saved[1], 1.5))
print(r.gauss(10, 2))
