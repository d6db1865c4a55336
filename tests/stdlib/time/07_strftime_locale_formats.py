import time

# the C locale's %c, %x and %X
tuples = [
    (2023, 7, 4, 15, 9, 5, 1, 185, 0),
    (1999, 12, 31, 23, 59, 59, 4, 365, 0),
    (2000, 1, 1, 0, 0, 0, 5, 1, 0),
    (2024, 2, 29, 9, 30, 0, 3, 60, 0),
]
for t in tuples:
    print(repr(time.strftime('%c', t)))
    print(repr(time.strftime('%x', t)), repr(time.strftime('%X', t)))

g = time.gmtime(1234567890)
print(time.strftime('%c', g))
print(time.strftime('%x %X', g))
print(time.strftime('%c', g) == time.asctime(g))
print(time.strftime('%c', time.gmtime(0)) == time.asctime(time.gmtime(0)))
print(time.strftime('%x', (2005, 3, 7, 0, 0, 0, 0, 66, 0)))
print(time.strftime('%X|%c', (2005, 3, 7, 1, 2, 3, 0, 66, 0)))
