# Changing a set while iterating over it.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(s))
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(s))
s = {1, 2, 3}
seen = []
try:
    for x in s:
        seen.append(x)
        s.remove(x)
        s.add(x + 8)
        if len(seen) > 10:
            break
except RuntimeError as e:
    print('same size:', type(e).__name__, e)
print(seen, sorted(s))
s = {1, 2}
for x in set(s):
    s.add(x * 10)
print(sorted(s))
