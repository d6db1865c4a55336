xs = [1, 2, 3, 4, 5, 6]
for x in xs:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
ys = [1, 2, 3]
count = 0
for y in ys:
    if count < 3:
        ys.append(y * 10)
    count += 1
print(ys, count)
zs = [1, 2, 3]
for i, z in enumerate(zs):
    zs[i] = z * z
print(zs)
