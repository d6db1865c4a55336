import itertools

print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
print([(k, list(g)) for k, g in itertools.groupby([1, 1, 2, 3, 3, 3, 1])])
print([k for k, g in itertools.groupby("AAAABBBCCDAABBB")])
print(["".join(g) for k, g in itertools.groupby("AAAABBBCCD")])
print(list(itertools.groupby([])))
print(list(itertools.groupby("")))
print(list(itertools.groupby(iter(()))))
print([(k, list(g)) for k, g in itertools.groupby("x")])
print([(k, len(list(g))) for k, g in itertools.groupby("mississippi")])
# equal but not identical keys group together; the first key of a run is reported
print([(k, list(g)) for k, g in itertools.groupby([1, 1.0, True, 2, 2.0])])
print([(k, list(g)) for k, g in itertools.groupby([0, False, 0.0, None, None])])
# run-length encoding and decoding
rle = [(len(list(g)), k) for k, g in itertools.groupby("WWWWBBBWWWWWWB")]
print(rle)
print("".join(k * n for n, k in rle))
# the group iterator is a plain iterator
for k, g in itertools.groupby([5, 5, 6]):
    print(k, next(g), list(g), list(g))
# nested groupby with a generator as input
gen = (c for c in "aabbbcccc")
print([(k, sum(1 for _ in g)) for k, g in itertools.groupby(gen)])
print(list(gen))
# iterating the groupby object directly in a for loop
for key, grp in itertools.groupby([[1], [1], [2]]):
    print(key, list(grp))
# tuple unpacking of pairs
pairs = list(itertools.groupby("aab"))
print(len(pairs), [p[0] for p in pairs], [type(p).__name__ for p in pairs])
