from collections import deque
import copy

d = deque([1, 2])
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {d: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([deque()])
except TypeError as e:
    print(type(e).__name__, e)
print(deque.__hash__)
inner = deque([1, 2])
outer = deque([inner, deque("ab")])
print(outer, len(outer))
inner.append(3)
print(outer)
sh = copy.copy(outer)
dp = copy.deepcopy(outer)
inner.append(4)
print(sh[0], dp[0], sh[0] is inner, dp[0] is inner)
print(outer.__copy__()[0] is inner)
nested = deque([deque([deque([1])])])
print(nested, nested[0][0][0])
grid = deque(deque(range(i, i + 3)) for i in range(0, 9, 3))
print(grid)
print([sum(row) for row in grid])
grid[1].rotate(1)
print(grid[1], grid)
print(d.__reduce__()[0] is deque, d.__reduce__()[1])
print(deque([1], maxlen=3).__reduce__()[1])
x = deque([1, 2, 3], maxlen=7)
y = copy.copy(x)
y.append(4)
print(x, y)
