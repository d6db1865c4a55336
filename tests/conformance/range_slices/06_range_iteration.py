total = 0
for i in range(1, 11):
    total += i * i
print(total)
r = range(3)
print(list(zip(r, r[::-1])), list(enumerate(range(10, 13))))
it = iter(range(2))
print(next(it), next(it), next(it, "stop"))
count = 0
for a in range(3):
    for b in range(a, 3):
        count += 1
print(count)
print([i for i in range(20) if i % 7 == 3])
print(list(range(10)[2:8:2]), range(0, 20, 5)[1:], range(10)[::-1][0])
