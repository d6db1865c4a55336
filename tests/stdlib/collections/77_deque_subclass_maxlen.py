from collections import deque
import copy


class Bounded(deque):
    def __init__(self, it=()):
        super().__init__(it, maxlen=2)


b = Bounded([1, 2, 3])
print(b, b.maxlen, type(b).__name__)
b.appendleft(0)
print(b)
try:
    copy.copy(b)
except TypeError as e:
    print(type(e).__name__, e)


class Plain(deque):
    pass


p = Plain([1, 2], maxlen=4)
print(type(copy.copy(p)).__name__, copy.copy(p), p.copy().maxlen, type(p.copy()).__name__)
print(Plain("ab") + Plain("c"), Plain([1]) * 2, type(Plain() + deque()).__name__)
