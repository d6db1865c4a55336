# Repeat counts beyond an index-sized integer, or whose product overflows.
def attempt(label, make):
    try:
        r = make()
        print(label, '->', len(r))
    except (OverflowError, MemoryError) as e:
        print(label, '->', type(e).__name__, e)

attempt('[0] * 2**63', lambda: [0] * 2**63)
attempt('2**63 * [0]', lambda: 2**63 * [0])
attempt('(0,) * 2**63', lambda: (0,) * 2**63)
attempt("'ab' * 2**62", lambda: 'ab' * 2**62)
attempt("'a' * 2**64", lambda: 'a' * 2**64)
attempt('[1, 2, 3, 4] * 2**62', lambda: [1, 2, 3, 4] * 2**62)
attempt('[0] * -2**70', lambda: [0] * -2**70)
attempt("'a' * -2**70", lambda: 'a' * -2**70)
attempt('[0] * -5', lambda: [0] * -5)
attempt("'' * 2**62", lambda: '' * 2**62)
attempt('[] * 2**62', lambda: [] * 2**62)
l = [7]
try:
    l *= 2**63
except OverflowError as e:
    print('l *= 2**63 ->', type(e).__name__, e)
print(l)
