import bisect

state = 12345
values = []
for _ in range(20):
    state = (state * 1103515245 + 12345) % (2 ** 31)
    values.append(state % 50)
print(values)
r = []
left_positions = []
for v in values:
    left_positions.append(bisect.bisect_left(r, v))
    bisect.insort(r, v)
print(left_positions)
print(r)
print(r == sorted(values))
dedup = []
for v in values:
    i = bisect.bisect_left(dedup, v)
    if i == len(dedup) or dedup[i] != v:
        dedup.insert(i, v)
print(dedup, dedup == sorted(set(values)))
counts = []
for lo, hi in [(0, 10), (10, 20), (20, 30), (30, 40), (40, 50)]:
    counts.append(bisect.bisect_left(r, hi) - bisect.bisect_left(r, lo))
print(counts, sum(counts))
rank = [bisect.bisect_left(dedup, v) for v in values]
print(rank)
