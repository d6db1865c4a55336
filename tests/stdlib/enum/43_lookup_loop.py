from enum import Enum, IntEnum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Num(IntEnum):
    A = 1
    B = 2


class Bits(Flag):
    X = 1
    Y = 2
    Z = 4


total = 0
names = []
for i in range(3000):
    c = Color(i % 3 + 1)
    total += c.value
    if Color[c.name] is not c:
        print('mismatch', c)
    if i % 1000 == 0:
        names.append(c.name)
print(total, names)

acc = 0
for i in range(2000):
    acc += Num(i % 2 + 1) + Num.A
print(acc)

seen = {}
for i in range(2000):
    b = Bits(i % 8)
    seen[b.value] = repr(b)
print([seen[k] for k in sorted(seen)])
counts = {}
for i in range(1000):
    m = Color.RED if i % 2 else Color.BLUE
    counts[m] = counts.get(m, 0) + 1
print(sorted((k.name, v) for k, v in counts.items()))
