# A range whose length does not fit in ssize_t still indexes, slices and searches.
r = range(10**20)
print(r[2**63], r[-1], r[10**19])
try:
    print(r[10**21])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(len(r))
except OverflowError as e:
    print(type(e).__name__, e)
print(bool(r), 10**19 in r, 10**20 in r, r.count(10**19), r.index(2**64))
print(r[5:2**70:3])
print(r[::-1][0], r[10**19:10**19 + 3])
print(next(reversed(r)))
print(range(0, 10**20, 2) == range(0, 10**20 - 1, 2))
print(len(range(2**63 - 1)), range(2**63)[-1], range(-2**70, 2**70)[2**70])
for n in (2**63, 2**64):
    try:
        print(len(range(n)))
    except OverflowError as e:
        print(n, type(e).__name__, e)
try:
    list(range(2**64))
except OverflowError as e:
    print('list:', type(e).__name__, e)
try:
    print(range(10).index(2**70))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip(r, 'ab')), list(enumerate('ab', 2**63 - 1)))
