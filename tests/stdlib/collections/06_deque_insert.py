from collections import deque

d = deque([1, 2, 3])
d.insert(0, "a")
print(d)
d.insert(len(d), "z")
print(d)
d.insert(2, "m")
print(d)
d.insert(-1, "n")
print(d)
d.insert(100, "end")
print(d)
d.insert(-100, "start")
print(d)
e = deque()
e.insert(0, 1)
e.insert(-5, 0)
e.insert(5, 2)
print(e)
f = deque([1, 2, 3], maxlen=3)
for idx in (0, 1, 3, -1):
    try:
        f.insert(idx, 9)
    except IndexError as e:
        print(type(e).__name__, e)
print(f)
g = deque(maxlen=0)
try:
    g.insert(0, 1)
except IndexError as e:
    print(type(e).__name__, e)
h = deque([1, 2], maxlen=3)
h.insert(1, 5)
print(h)
try:
    h.insert(1, 6)
except IndexError as e:
    print(type(e).__name__, e)
for args in ((), (1,), ("0", 1), (1.0, 1)):
    try:
        h.insert(*args)
    except TypeError as e:
        print(type(e).__name__, e)
big = deque(range(130))
big.insert(65, "mid")
print(big[64], big[65], big[66], len(big))
