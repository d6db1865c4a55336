# cellar: --max-memory=256M
# Tuples too big for memory.
def attempt(label, make):
    try:
        r = make()
        print(label, 'made', len(r))
    except MemoryError as e:
        print(label, type(e).__name__, e.args)

attempt('(1,) * 10**12', lambda: (1,) * 10**12)
attempt('(1, 2, 3) * 10**11', lambda: (1, 2, 3) * 10**11)
attempt('tuple(range(10**12))', lambda: tuple(range(10**12)))
t = (4, 5)
try:
    t *= 10**12
except MemoryError:
    print('in-place repeat: caught MemoryError')
print('t is unchanged:', t)
attempt('(0,) * 100', lambda: (0,) * 100)
