import itertools

data = list(range(12))
bad = []
n = 0
for start in [None, 0, 1, 4, 11, 12, 20]:
    for stop in [None, 0, 3, 7, 12, 30]:
        for step in [None, 1, 2, 5, 13]:
            got = list(itertools.islice(data, start, stop, step))
            if got != data[start:stop:step]:
                bad.append((start, stop, step))
            n += 1
print(n, "combinations, mismatches:", bad)
for args in [(None, None, 2), (1, 11, 4), (0, 12, 11), (5, None, 100), (12, None, 1)]:
    print(args, list(itertools.islice(data, *args)))
print(list(itertools.islice(itertools.count(), None, 20, 7)))
print(list(itertools.islice(itertools.repeat("r"), 2, 6)))
print(list(itertools.islice(itertools.cycle("ab"), 1, 8, 2)))
