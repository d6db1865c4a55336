from collections import deque

d = deque([1, 2])
print(d.popleft())
print(d.pop())
print("now empty", d)
try:
    d.pop()
except IndexError as e:
    print("caught", e)
d.extend("ab")
print(d.pop(), d.pop())
m = deque(maxlen=1)
m.append("only")
print(m.popleft(), m)
print("uncaught next")
d.popleft()
print("not reached")
