import itertools

c = itertools.count(1)
for n in c:
    if n % 4 == 0:
        break
print("broke at", n, "next is", next(c), repr(c))
for n in c:
    if n > 7:
        break
print("second loop stopped at", n, repr(c))
cy = itertools.cycle("abc")
for i, ch in zip(range(4), cy):
    pass
print(i, ch, next(cy))
ch = itertools.chain([1, 2], [3, 4], [5])
for x in ch:
    if x == 3:
        break
print("rest of chain:", list(ch))
acc = itertools.accumulate([1, 2, 3, 4, 5])
for total in acc:
    if total > 5:
        break
print(total, list(acc))
z = itertools.zip_longest("abcd", "xy")
for pair in z:
    if None in pair:
        break
print(pair, list(z))
sm = itertools.starmap(pow, [(2, i) for i in range(10)])
first = [v for _, v in zip(range(3), sm)]
print(first, next(sm))
r = itertools.repeat("r", 5)
for _ in zip(range(2), r):
    pass
print(repr(r), list(r), repr(r))
