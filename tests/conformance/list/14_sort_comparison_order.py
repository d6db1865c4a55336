# list.sort and sorted() ask CPython's timsort questions in CPython's order: count and
# fingerprint the __lt__ calls on many shapes of input, with keys, reverse and failures.
import random

calls = []


class K:
    __slots__ = ("v", "tag")

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        calls.append((self.tag, other.tag))
        return self.v < other.v


def fingerprint(seq):
    h = 0
    for a, b in seq:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h


def run(label, values, reverse=False, key=None):
    items = [K(v, i) for i, v in enumerate(values)]
    calls.clear()
    out = sorted(items, reverse=reverse, key=key)
    print(label, len(values), len(calls), fingerprint(calls), [k.tag for k in out][:8])


rng = random.Random(12345)
for n in [0, 1, 2, 3, 5, 8, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 3000]:
    run("random", [rng.randrange(n + 1) for _ in range(n)])
    run("sorted", list(range(n)))
    run("reversed", list(range(n, 0, -1)))
    run("few", [rng.randrange(3) for _ in range(n)])
    run("rev-flag", [rng.randrange(50) for _ in range(n)], reverse=True)
for n in [200, 1000, 5000]:
    base = list(range(n))
    for _ in range(n // 50):
        i, j = rng.randrange(n), rng.randrange(n)
        base[i], base[j] = base[j], base[i]
    run("nearly", base)
    run("sawtooth", [i % 97 for i in range(n)])
    run("runs", sorted(rng.randrange(1000) for _ in range(n // 2)) + sorted(rng.randrange(1000) for _ in range(n // 2)))
    run("pipe", list(range(n // 2)) + list(range(n // 2, 0, -1)))
    run("galloping", list(range(0, n, 2)) + list(range(1, n, 2)))
    run("blocks", [x for b in range(10) for x in range(b * 100, b * 100 + n // 10)][::-1][: n // 2] + list(range(n // 2)))
run("key", [rng.randrange(100) for _ in range(500)], key=lambda k: K(-k.v, k.tag))


class Boom(Exception):
    pass


class Fragile:
    budget = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Fragile.budget -= 1
        if Fragile.budget < 0:
            raise Boom
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for budget in [0, 3, 10, 40, 200, 1000]:
    data = [Fragile(rng.randrange(100)) for _ in range(120)]
    Fragile.budget = budget
    try:
        data.sort()
        print(budget, "sorted")
    except Boom:
        print(budget, "failed", data[:12], data[-5:])
    Fragile.budget = budget
    data = [Fragile(rng.randrange(100)) for _ in range(120)]
    try:
        data.sort(reverse=True)
    except Boom:
        print(budget, "failed reversed", data[:12], data[-5:])
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted([2.5, 1, float("nan"), 0.5]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([10 ** 30, 5, -10 ** 30]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
