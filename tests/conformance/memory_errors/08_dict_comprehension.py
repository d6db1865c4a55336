# cellar: --max-memory=256M
# A dict comprehension over an endless range runs out of memory part way.
try:
    d = {i: i for i in range(10**12)}
    print('made', len(d))
except MemoryError as e:
    print(type(e).__name__, e.args)
print('d' in globals())
try:
    s = {i for i in range(10**12)}
except MemoryError:
    print('set comprehension: caught MemoryError')
try:
    l = [str(i) for i in range(10**12)]
except MemoryError:
    print('list comprehension: caught MemoryError')
print({i: i * i for i in range(5)})
