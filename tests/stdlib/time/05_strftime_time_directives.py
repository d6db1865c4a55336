import time

def tup(h, m=0, s=0):
    return (2022, 3, 14, h, m, s, 0, 73, 0)

for h in [0, 1, 9, 11, 12, 13, 23]:
    t = tup(h, 7, 3)
    print(h, time.strftime('%H %I %p|%M|%S', t))

print(time.strftime('%H:%M:%S', tup(8, 5, 9)))
print(time.strftime('%I:%M %p', tup(0, 0)))
print(time.strftime('%I:%M %p', tup(12, 0)))
print(time.strftime('100%%', tup(1)))
print(time.strftime('%%H is %H', tup(17)))
print(repr(time.strftime('%%%%', tup(1))))
print(time.strftime('%S', tup(0, 0, 60)))
print(time.strftime('%S', tup(0, 0, 61)))
print(repr(time.strftime('', tup(1))))
print(time.strftime('no directives here', tup(1)))
print(time.strftime('[%H]\t[%M]', tup(4, 2)))
print(time.strftime('%H\u00e9%M', tup(4, 2)))
print(time.strftime('\u65e5\u672c %Y', tup(4, 2)))
print(time.strftime('%Y%m%dT%H%M%S', tup(23, 59, 59)))
