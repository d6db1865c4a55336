# The way pyperformance benchmarks use dataclasses: small records made in loops, compared,
# hashed when frozen, and deep-copied.
import copy
from dataclasses import dataclass, field


@dataclass
class A:
    string: str
    lst: list
    boolean: bool


@dataclass
class X:
    a: int
    b: str = ''


@dataclass(frozen=True)
class Key:
    x: int
    y: int


items = [X(i, str(i % 7)) for i in range(2000)]
print(len(items), items[5], items[-1])
print(sum(1 for it in items if it == X(it.a, '3')))
print(sum(it.a for it in items if it.b == ''))
print(X(1) == X(1, ''), X(1) == X(2))

table = {}
for i in range(1000):
    table[Key(i % 10, i % 3)] = i
print(len(table), table[Key(0, 0)], sorted(table, key=lambda k: (k.y, k.x))[:4])

a = A('hello', [1, 2, [3, 4]], True)
b = copy.deepcopy(a)
print(b, b == a, b is a, b.lst is a.lst, b.lst[2] is a.lst[2])
c = copy.copy(a)
print(c == a, c.lst is a.lst)
nested = {'x': [A('s', [i], False) for i in range(3)], 'y': X(9, 'nine')}
dup = copy.deepcopy(nested)
print(dup, dup == nested, dup['x'][0] is nested['x'][0])
memo_shared = [a, a]
d2 = copy.deepcopy(memo_shared)
print(d2[0] is d2[1], d2[0] is a)

total = 0
for i in range(5000):
    obj = X(i)
    obj.b = 'x'
    total += obj.a
print(total)
big = [copy.deepcopy(a) for _ in range(100)]
print(all(x == a for x in big), len({id(x) for x in big}))
k = copy.deepcopy(Key(1, 2))
print(k, k == Key(1, 2), hash(k) == hash(Key(1, 2)))
