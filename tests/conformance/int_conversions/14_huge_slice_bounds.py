# Slice bounds and steps far beyond any index are clamped, never raised.
print(repr('abc'[2**70:]), repr('abc'[:2**70]), repr('abc'[-2**70:]))
print([1, 2, 3][-2**70:2**70])
print([1, 2, 3][::2**70], [1, 2, 3][::-2**70], 'abc'[::-2**63])
print((1, 2, 3)[2**70:-2**70:-1])
print(range(10)[-2**70:2**70:2**65])
l = [1, 2, 3]
l[2**63:2**64] = [9]
print(l)
del l[-2**70:1]
print(l)
l[-2**70:-2**70] = [0]
print(l)
l[::2**70] = ['x']
print(l)
try:
    l[::2**70] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    print('abc'[::0])
except ValueError as e:
    print(type(e).__name__, e)
s = slice(-2**70, 2**70, 2**70)
print(s.indices(5), [0, 1, 2, 3, 4][s])
