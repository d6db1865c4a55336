import itertools

readings = [3.1, 3.4, 2.9, 5.6, 5.8, 6.0, 2.2, 2.5, 3.0, 3.3, 9.9]


def chunks(iterable, n):
    it = iter(iterable)
    while True:
        block = list(itertools.islice(it, n))
        if not block:
            return
        yield block


for i, block in enumerate(chunks(readings, 4)):
    print("chunk", i, block, "mean", round(sum(block) / len(block), 3))
jumps = [(a, b) for a, b in itertools.pairwise(readings) if abs(b - a) > 2]
print("jumps:", jumps)
deltas = [round(b - a, 2) for a, b in itertools.pairwise(readings)]
print("deltas:", deltas)
ups = sum(1 for d in deltas if d > 0)
print("ups", ups, "downs", len(deltas) - ups)


def windows(seq, k):
    its = [itertools.islice(seq, i, None) for i in range(k)]
    return zip(*its)


moving = [round(sum(w) / 3, 2) for w in windows(readings, 3)]
print("moving avg:", moving)
table = itertools.zip_longest(["a", "b", "c"], [1, 2], [True], fillvalue="")
for row in table:
    print("|".join(str(c).ljust(5) for c in row))
flat = list(itertools.chain.from_iterable(chunks(range(7), 3)))
print(flat)
labels = itertools.cycle(["even", "odd"])
print(list(zip(range(5), labels)))
