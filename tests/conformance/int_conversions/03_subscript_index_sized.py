# Subscripts with ints that do not fit in an index-sized integer.
l = [1, 2]
for i in (2**63, 2**64, -2**63, -2**63 - 1, 2**63 - 1):
    try:
        print(i, l[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
for seq in ('ab', (1,), range(3)):
    try:
        print(seq[2**63])
    except IndexError as e:
        print(type(seq).__name__, type(e).__name__, e)
try:
    l[2**63] = 1
except IndexError as e:
    print('l[2**63] = 1:', type(e).__name__, e)
try:
    l[-2**63] = 1
except IndexError as e:
    print('l[-2**63] = 1:', type(e).__name__, e)
try:
    del l[2**63]
except IndexError as e:
    print('del l[2**63]:', type(e).__name__, e)
d = {2**63: 'big', -2**63: 'small'}
print(d[2**63], d[-2**63], 2**64 in d)
print(l)
