# A breadth-first queue: append on the right, popleft on the left.
from collections import deque
q = deque()
total = 0
for i in range(300000):
    q.append(i)
    if len(q) > 50:
        total += q.popleft()
print(total, len(q))
