from collections import deque

d = deque()
for name in ("pop", "popleft"):
    try:
        getattr(d, name)()
    except IndexError as e:
        print(name, type(e).__name__, e)
d = deque([1])
print(d.pop())
try:
    d.pop()
except IndexError as e:
    print(type(e).__name__, e)
d = deque(maxlen=2)
print(d.maxlen, deque().maxlen, deque([1], 0).maxlen)
try:
    d.maxlen = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del d.maxlen
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    d.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
try:
    deque.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    deque.popleft([])
except TypeError as e:
    print(type(e).__name__, e)
print(type(deque.maxlen).__name__)
print(hasattr(deque(), "__dict__"))
print(deque.__doc__.splitlines()[0])
print(deque.append.__doc__)
print(deque.popleft.__doc__)
