target = 12
found = None
for a in range(1, 10):
    for b in range(1, 10):
        if a * b == target and a < b:
            found = (a, b)
            break
    if found:
        break
print(found, a, b)
pairs = []
for a in range(1, 5):
    for b in range(a, 5):
        if (a + b) % 3:
            continue
        pairs.append((a, b))
print(pairs)
