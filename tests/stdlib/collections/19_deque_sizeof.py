import sys
from collections import deque

for n in (0, 1, 16, 63, 64, 65, 127, 128, 200):
    print(n, sys.getsizeof(deque(range(n))))
print("basic", deque().__sizeof__())


def appended(n):
    d = deque()
    for i in range(n):
        d.append(i)
    return d


for n in (0, 1, 32, 33, 64, 96, 97, 200):
    print("append", n, sys.getsizeof(appended(n)))
d = appended(200)
while len(d) > 5:
    d.popleft()
print("after popleft", sys.getsizeof(d))
d.clear()
print("after clear", sys.getsizeof(d))
m = deque(maxlen=10)
sizes = set()
for i in range(1000):
    m.append(i)
    sizes.add(sys.getsizeof(m))
print("maxlen", sorted(sizes))
print(sys.getsizeof(deque(range(64))) - sys.getsizeof(deque(range(63))))
print(sys.getsizeof(deque(range(200))) - sys.getsizeof(deque()))
