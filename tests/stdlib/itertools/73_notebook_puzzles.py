from itertools import combinations, combinations_with_replacement, groupby, permutations, product

# SEND + MORE = MONEY style, small: AB + BA = CC with distinct digits
sols = []
for a, b, c in permutations(range(10), 3):
    if a and b and (10 * a + b) + (10 * b + a) == 11 * c:
        sols.append((a, b, c))
print(len(sols), sols[:4])

# anagram classes via sorted key + groupby
words = ["listen", "silent", "enlist", "google", "banana", "tinsel", "elgoog", "nabana"]
key = lambda w: "".join(sorted(w))
for k, grp in groupby(sorted(words, key=key), key=key):
    grp = list(grp)
    if len(grp) > 1:
        print(k, grp)

# dice: ways to roll 7 with two dice, ordered and unordered
ordered = [p for p in product(range(1, 7), repeat=2) if sum(p) == 7]
unordered = [p for p in combinations_with_replacement(range(1, 7), 2) if sum(p) == 7]
print(len(ordered), ordered[:3], len(unordered), unordered)

# handshake problem and triangle counting
people = "ABCDE"
print(len(list(combinations(people, 2))), ["".join(c) for c in combinations(people, 3)][:5])

# shortest tour over 4 cities, starting from 0
dist = [[0, 2, 9, 10], [1, 0, 6, 4], [15, 7, 0, 8], [6, 3, 12, 0]]
best = None
for route in permutations(range(1, 4)):
    tour = (0,) + route + (0,)
    cost = sum(dist[x][y] for x, y in zip(tour, tour[1:]))
    if best is None or cost < best[0]:
        best = (cost, tour)
print(best)

# truth table
for p, q in product([False, True], repeat=2):
    print(p, q, p and q, p or q, p != q)

# longest run in a sequence of coin flips
flips = "HHTHHHTTHHHHTH"
runs = [(k, len(list(g))) for k, g in groupby(flips)]
print(runs, max(runs, key=lambda r: r[1]))
