# cellar: --max-memory=256M
# Integer results with billions of bits.
def attempt(label, make):
    try:
        r = make()
        print(label, 'made', r % 997)
    except MemoryError as e:
        print(label, type(e).__name__, e.args)

attempt('1 << 10**10', lambda: 1 << 10**10)
attempt('2 ** 10**10', lambda: 2 ** 10**10)
x = 7
try:
    x <<= 10**10
except MemoryError:
    print('in-place shift: caught MemoryError')
print(x)
attempt('1 << 1000', lambda: 1 << 1000)
print((1 << 100) >> 99)
