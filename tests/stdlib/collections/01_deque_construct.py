from collections import deque


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: deque())
t(lambda: deque([1, 2, 3]))
t(lambda: deque("abc"))
t(lambda: deque(range(5)))
t(lambda: deque((x * x for x in range(4))))
t(lambda: deque({"k": 1, "j": 2}))
t(lambda: deque([1, 2, 3], 2))
t(lambda: deque([1, 2, 3], maxlen=0))
t(lambda: deque(maxlen=5))
t(lambda: deque(range(10), maxlen=3))
t(lambda: deque(iterable=[4, 5]))
t(lambda: deque([1], None))
t(lambda: deque([1], maxlen=-1))
t(lambda: deque([1], maxlen="3"))
t(lambda: deque([1], maxlen=2.5))
t(lambda: deque(5))
t(lambda: deque(None))
t(lambda: deque([1], 2, 3))
t(lambda: deque(foo=1))
d = deque([1, 2])
d.__init__([7, 8, 9])
print(d, d.maxlen)
d.__init__("xy", 1)
print(d, d.maxlen)
print(deque([1, 2, 3], maxlen=True), deque([1, 2, 3], maxlen=False))
print(type(deque()).__name__, deque.__module__)
