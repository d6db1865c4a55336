xs = [5, 2, 9, 1, 5, 6]
ys = sorted(xs)
print(xs, ys)
xs.sort(reverse=True)
print(xs)
words = ["banana", "Apple", "cherry", "date", "Fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[0]))
r = words.sort()
print(r, words)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
