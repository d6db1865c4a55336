s = set(range(6))
total = 0
while s:
    x = s.pop()
    total += x
print(total, s)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
seen = set()
dups = []
for n in [3, 1, 3, 2, 1, 3]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(dups, sorted(seen))
