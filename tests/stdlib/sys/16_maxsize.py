# sys.maxsize is the largest container index (2**63 - 1 on 64-bit): where it is accepted and
# where one more overflows.
import sys

m = sys.maxsize
print(m, m.bit_length(), m == 2 ** 63 - 1, -m - 1, hex(m))
print(len(range(m)), range(m)[-1] == m - 1, range(-m, m)[0])
print('abc'[:m], 'abc'[-m:], [1, 2, 3][1:m], 'abc'.find('c', 0, m))
print(slice(0, m).indices(10), slice(-m - 5, m + 5).indices(4))
print([0][m:], 'xy'[m - 1:], (1, 2)[-m:1])
for f in [lambda: 'a' * m, lambda: [0] * m, lambda: bytes(m)]:
    try:
        f()
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__)
try:
    len(range(m + 1))
except OverflowError as e:
    print('OverflowError', e)
try:
    [1, 2][m + 1]
except IndexError as e:
    print('IndexError', e)
try:
    'abc'[m]
except IndexError as e:
    print('IndexError', e)
try:
    'x' * (m + 1)
except OverflowError as e:
    print('OverflowError', e)
print(hash(m) == m % (2 ** 61 - 1), m + 1 > m, type(m + 1).__name__)
print(float(m) == 2.0 ** 63, int(float(m)) == m + 1)
import itertools
print(list(itertools.islice(itertools.count(m - 1), 3)))
print(list(range(m - 2, m)), range(0, m, 2 ** 62)[-1])
