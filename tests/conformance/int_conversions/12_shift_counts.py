# Shift counts: too big for memory, too big to count digits, or harmless.
def attempt(label, make):
    try:
        print(label, '->', make())
    except (OverflowError, ValueError, MemoryError) as e:
        print(label, '->', type(e).__name__, e)

attempt('1 << 2**63', lambda: 1 << 2**63)
attempt('-1 << 2**63', lambda: -1 << 2**63)
attempt('1 << 10**20', lambda: 1 << 10**20)
attempt('1 >> 2**63', lambda: 1 >> 2**63)
attempt('-1 >> 10**20', lambda: -1 >> 10**20)
attempt('-(2**70) >> 2**64', lambda: -(2**70) >> 2**64)
attempt('2**70 >> 2**70', lambda: 2**70 >> 2**70)
attempt('0 << 10**20', lambda: 0 << 10**20)
attempt('0 >> 2**70', lambda: 0 >> 2**70)
attempt('1 << -1', lambda: 1 << -1)
attempt('0 << -1', lambda: 0 << -1)
attempt('5 >> -2**70', lambda: 5 >> -2**70)
attempt('1 << 64', lambda: 1 << 64)
x = 1
try:
    x <<= 10**20
except OverflowError as e:
    print('x <<= 10**20 ->', type(e).__name__, e)
print(x)
