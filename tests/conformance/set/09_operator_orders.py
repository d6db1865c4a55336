# Every set operator and method keeps CPython's iteration order (ints and tuples hash the same
# everywhere), including after removals leave dummies and after in-place operators.
import random

def show(label, s):
    print(label, type(s).__name__, list(s))

random.seed(5)
rng = random
pools = [
    set(range(0, 40, 3)),
    set(range(100, 0, -7)),
    {(i, i * i) for i in range(12)},
    set(range(-20, 20, 2)),
    set(),
    {1},
    set(range(1000, 1200, 9)),
    {x * 37 % 101 for x in range(60)},
]
for i, a in enumerate(pools):
    for j, b in enumerate(pools):
        show(f"{i}|{j}", a | b)
        show(f"{i}&{j}", a & b)
        show(f"{i}-{j}", a - b)
        show(f"{i}^{j}", a ^ b)
        show(f"{i}.union", a.union(b, [7, 8, 9]))
        show(f"{i}.inter", a.intersection(b, range(0, 50)))
        show(f"{i}.diff", a.difference(b, (3, 6)))
        show(f"{i}.symdiff", a.symmetric_difference(list(b)))
        c = set(a); c |= b; show(f"{i}|={j}", c)
        c = set(a); c &= b; show(f"{i}&={j}", c)
        c = set(a); c -= b; show(f"{i}-={j}", c)
        c = set(a); c ^= b; show(f"{i}^={j}", c)
        c = set(a); c.update(b, {500: 1, 501: 2}); show(f"{i}.update", c)
        c = set(a); c.difference_update(list(b)); show(f"{i}.diff_update", c)
        c = set(a); c.intersection_update(b, range(30)); show(f"{i}.inter_update", c)
        c = set(a); c.symmetric_difference_update(dict.fromkeys(b)); show(f"{i}.sym_update", c)
        print(a.isdisjoint(b), a.issubset(b), a.issuperset(b), a <= b, a < b, a >= list(b) if False else a >= b)
        f = frozenset(a)
        show(f"f{i}|{j}", f | b)
        show(f"{i}|f{j}", b | f)
        show(f"f{i}^{j}", f ^ b)
        print(f.copy() is f, c.copy() is c)

# Self operations.
s = set(range(10))
s |= s; show("s|=s", s)
s ^= s; show("s^=s", s)
s = set(range(10)); s -= s; show("s-=s", s)
s = set(range(10)); s &= s; show("s&=s", s)
s = set(range(10)); show("union self", s.union(s, s))

# Many removals then a difference_update that leaves dummies.
big = set(range(200))
for k in range(0, 200, 2):
    big.discard(k)
big.difference_update(range(1, 150, 3))
show("dummies", big)
big.update(range(1000, 1010))
show("after", big)

# Random mixes.
for trial in range(30):
    a = {rng.randrange(300) for _ in range(rng.randrange(40))}
    b = {rng.randrange(300) for _ in range(rng.randrange(40))}
    for k in list(a)[: len(a) // 3]:
        a.discard(k)
    ops = [a | b, a & b, a - b, a ^ b, b - a]
    print(trial, [list(x) for x in ops])

# Unhashable items and errors.
try:
    set([1]) | [2]
except TypeError as e:
    print("TypeError:", e)
try:
    s = {1}; s |= [2]
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.union([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    {1}.intersection(5)
except TypeError as e:
    print("TypeError:", e)
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset(range(2)), {1}.isdisjoint(iter([2, 3])))
