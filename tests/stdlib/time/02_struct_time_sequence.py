import time

t = time.gmtime(1234567890)
print(t[0], t[-1], t[3], t[-4])
print(t[:3], t[3:6], t[::2], t[::-1])
print(type(t[:3]).__name__)
year, mon, day, *rest = t
print(year, mon, day, rest)
print(list(t))
print(tuple(t))
print(2009 in t, 1999 in t)
print(t.index(13), t.count(0))
print(t + (1, 2))
print(type(t + (1, 2)).__name__)
print(t == tuple(t), tuple(t) == t)
print(t == time.gmtime(1234567890), t != time.gmtime(1234567891))
print(t < time.gmtime(1234567891), t > time.gmtime(0))
print(sorted([time.gmtime(100), time.gmtime(0), time.gmtime(50)])[0].tm_sec)
print(hash(t) == hash(time.gmtime(1234567890)))
print(hash(t) == hash(tuple(t)))
print(max(t), min(t), sum(t))
try:
    t[9]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t['a']
except TypeError as e:
    print(type(e).__name__, e)
for i, v in enumerate(t):
    if i == 2:
        print('third', v)
print(len(t), bool(t))
