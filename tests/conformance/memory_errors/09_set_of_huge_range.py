# cellar: --max-memory=256M
# set() of a range whose length does not fit in ssize_t: it iterates until memory runs out.
r = range(0, 10**20, 2)
try:
    s = set(r)
    print('made', len(s))
except MemoryError as e:
    print(type(e).__name__, e.args)
try:
    print(len(r))
except OverflowError as e:
    print(type(e).__name__, e)
print(r[10], r[-1] == 10**20 - 2)
try:
    l = list(range(0, 10**20, 2))
except (MemoryError, OverflowError) as e:
    print('list:', type(e).__name__, e)
print(sorted(set(range(0, 20, 2))))
