# cellar: --max-memory=256M
# A list too big for memory: MemoryError, and the program goes on.
def attempt(label, make):
    try:
        r = make()
        print(label, 'made', len(r))
    except MemoryError as e:
        print(label, type(e).__name__, e.args)

attempt('[0] * 10**12', lambda: [0] * 10**12)
attempt('[1, 2] * 10**11', lambda: [1, 2] * 10**11)
attempt('[None] * (2**40)', lambda: [None] * (2**40))
l = [1, 2, 3]
try:
    l *= 10**12
except MemoryError:
    print('in-place repeat: caught MemoryError')
print('l is unchanged:', l)
attempt('[[]] * 10**3', lambda: [[]] * 10**3)
small = [0] * 1000
print(len(small), sum(small))
