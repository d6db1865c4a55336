from collections import deque

d = deque()
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d))
print(d.pop(), d.popleft(), d)
print(d.append(9), d.appendleft(8))
print(d)
out = []
while d:
    out.append(d.pop() if len(d) % 2 else d.popleft())
print(out, d)
for i in range(100):
    d.append(i)
for i in range(100):
    d.appendleft(-i)
print(len(d), d[0], d[-1], d[99], d[100])
total = 0
while len(d) > 3:
    total += d.popleft()
    total += d.pop()
print(total, d)
d = deque()
for i in range(1000):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
print(len(d), d[0], d[-1])
q = deque(["a"])
for step in range(5):
    x = q.popleft()
    q.append(x + "b")
    q.append(x + "c")
print(len(q), list(q)[:4])
try:
    d.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop(0)
except TypeError as e:
    print(type(e).__name__, e)
