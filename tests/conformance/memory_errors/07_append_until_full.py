# cellar: --max-memory=256M
# Filling memory with appends: MemoryError is caught, the list is freed, work goes on.
l = []
try:
    while True:
        l.append('x' * 10000)
except MemoryError:
    print('caught MemoryError')
print('len(l) > 100:', len(l) > 100)
print('all the same:', all(s == l[0] for s in l))
del l
total = 0
for i in range(100000):
    total += i
print(total)
again = ['y' * 10000 for _ in range(1000)]
print(len(again), len(again[-1]))
del again
d = {}
try:
    i = 0
    while True:
        d[i] = [i] * 1000
        i += 1
except MemoryError:
    print('dict: caught MemoryError')
n = len(d)
d.clear()
print('cleared', len(d), n > 100)
