from collections import deque

d = deque("abcdefg")
print(d[0], d[3], d[-1], d[-7], d[6])
for i in (7, -8, 100, -100):
    try:
        d[i]
    except IndexError as e:
        print(type(e).__name__, e)
for i in ("1", 1.0, slice(0, 2)):
    try:
        d[i]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    deque()[0]
except IndexError as e:
    print(type(e).__name__, e)
d[0] = "A"
d[-1] = "G"
print(d)
try:
    d[7] = "x"
except IndexError as e:
    print(type(e).__name__, e)
try:
    d[-8] = "x"
except IndexError as e:
    print(type(e).__name__, e)
del d[1]
print(d)
del d[-2]
print(d)
del d[0]
print(d)
try:
    del d[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d[0:2]
except TypeError as e:
    print(type(e).__name__, e)
big = deque(range(300))
print(big[150], big[-150], big[64], big[-65])
big[200] = "x"
del big[100]
print(big[99], big[100], big[199], len(big))
print(d[True], d[False])
