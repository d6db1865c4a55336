from collections import deque

print(repr(deque()))
print(repr(deque([1, "a", None, 2.5])))
print(str(deque([(1, 2), [3], {"k": "v"}])))
print(repr(deque(maxlen=3)))
print(repr(deque([1, 2], maxlen=3)))
print(repr(deque(maxlen=0)))
print(repr(deque("abc", maxlen=None)))
d = deque([1, 2])
d.append(d)
print(repr(d))
e = deque([0])
f = deque([e])
e.append(f)
print(e, f)
m = deque([1], maxlen=4)
m.append(m)
print(m)
lst = [deque([1])]
lst[0].append(lst)
print(lst)
print(deque([deque([1, 2], maxlen=2), deque()]))


class R:
    def __repr__(self):
        return "R!"


print(deque([R(), R()]))
print(f"{deque('xy')}", "%s" % (deque([1]),), format(deque([2])))


class Boom:
    def __repr__(self):
        raise ValueError("repr failed")


try:
    repr(deque([1, Boom()]))
except ValueError as e:
    print(type(e).__name__, e)
print(repr(deque([1, 2])))
print(repr(deque(["'", '"'])))
