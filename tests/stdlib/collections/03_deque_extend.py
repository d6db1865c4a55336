from collections import deque

d = deque([1, 2])
d.extend([3, 4])
print(d)
d.extendleft([0, -1, -2])
print(d)
d.extend(range(5, 7))
d.extendleft("ab")
print(d)
d = deque([1, 2, 3])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d = deque([1, 2, 3], maxlen=5)
d.extend(d)
print(d)
d.extendleft(d)
print(d)
d = deque(maxlen=3)
d.extend(range(10))
print(d)
d.extendleft(range(10))
print(d)
d = deque()
d.extend(x * 2 for x in range(4))
d.extendleft(iter([9, 8]))
print(d)
d.extend([])
d.extendleft(())
print(d, len(d))
d = deque(maxlen=0)
d.extend([1, 2, 3])
d.extendleft([1, 2, 3])
print(d)
for bad in (5, None):
    try:
        deque().extend(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        deque().extendleft(bad)
    except TypeError as e:
        print(type(e).__name__, e)


def gen():
    yield 1
    yield 2
    raise ValueError("boom")


d = deque([0])
try:
    d.extend(gen())
except ValueError as e:
    print("ValueError", e, d)
