# cellar: --max-memory=256M
# Materializing a huge range: MemoryError up front (the length is known).
def attempt(label, make):
    try:
        r = make()
        print(label, 'made', len(r))
    except MemoryError as e:
        print(label, type(e).__name__, e.args)

attempt('list(range(10**12))', lambda: list(range(10**12)))
attempt('sorted(range(10**12))', lambda: sorted(range(10**12)))
l = [1, 2]
try:
    l.extend(range(10**12))
except MemoryError:
    print('extend: caught MemoryError')
print('len(l) < 10**9:', len(l) < 10**9)
r = range(10**12)
print(len(r), r[-1], 10**12 - 1 in r)
attempt('list(range(5))', lambda: list(range(5)))
