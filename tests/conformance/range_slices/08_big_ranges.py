B = 10 ** 20
r = range(B)
print(r, r[-1], r[0], B - 1 in r, B in r, -1 in r, r[10 ** 19])
print(bool(r), bool(range(B, B)), r.start, r.stop, r.step, type(r).__name__)
for bad in (lambda: len(r), lambda: len(range(-2**63, 2**63)), lambda: r[B], lambda: r[-B - 1]):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(len(range(2**63 - 1)), len(range(-2**62, 2**62 - 1)))
try:
    print(len(range(2**63)))
except OverflowError as e:
    print("OverflowError", e)
print(range(B, B + 5), list(range(B, B + 5)), list(range(B + 3, B - 3, -2)))
print(list(range(2**63 - 3, 2**63 + 2)), list(range(-2**63 + 2, -2**63 - 3, -1)))
print(r[5:B:10 ** 18], r[::-1], r[B - 2:], r[-3:], list(r[-3:]), r[::3][2:5])
print(range(B)[1:3], range(0, B, 2)[B // 2 - 1], range(5)[1:B])
print(r == range(B), r == range(0, B, 1), r == range(B + 1), range(B, B) == range(0), range(B, B + 1) == range(B, B + 1, 7))
print(r != range(0, B), hash(range(B)) == hash(range(0, B)))
print(r.index(B - 1), r.count(B - 1), r.count(B), range(10).count(5.0), r.index(7), range(10).index(True))
try:
    r.index(B)
except ValueError as e:
    print("ValueError", e)
print(range(0, B, 3).index(3 * 10 ** 18), (3 * 10 ** 18) in range(0, B, 3), (3 * 10 ** 18 + 1) in range(0, B, 3))
print(list(reversed(range(B, B + 3))), list(reversed(range(2**63 - 3, 2**63 + 2))))
it = iter(range(B, B + 2))
print(type(it).__name__, next(it), next(it), next(it, "end"))
print(type(iter(range(5))).__name__)
print(range(-B, 0, 10 ** 19), list(range(-B, 0, 10 ** 19)), range(-B, 0, 10 ** 19)[-1])
print(range(2**64)[2**63], range(2**64)[-1], 2**63 in range(2**64))
print(range(2**63-1)[-1], range(-2**63, 2**63-1, 3)[-1], len(range(-2**63, 2**63-1, 3)))
print(range(-2**63, 2**63, 2**62), list(range(-2**63, 2**63, 2**62)), range(0, 1, 2**64), list(range(0, 1, 2**64)))
print(range(0, 5, B), len(range(0, 5, B)), range(0, 5, -B), len(range(0, 5, -B)), range(5, 0, -B)[0])
print(sorted(range(B, B + 3)), sum(range(B, B + 3)), max(range(B, B + 3)), min(range(B, B+3)))
x = list(range(3))
try:
    print(x[B])
except IndexError as e:
    print("IndexError", e)
print({range(B): 1}[range(0, B)], str(range(B)), range(B).__len__ if False else "")
try:
    range(0, B, 0)
except ValueError as e:
    print("ValueError", e)
print(tuple(range(B, B + 2)), [i for i in range(B, B + 2)], next(enumerate(range(B, B+1))))
try:
    print(len(range(B)[B:]))
    print(len(r))
except OverflowError as e:
    print("OverflowError", e)
print(len(range(B)[B - 4:]), range(2**63 - 1)[-2:], range(B)[B - 4::-1][:2])
try:
    bool(range(B)) 
    print(list(range(2**63-1)[2**62:][-2:]))
except Exception as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
try:
    print(range(I()), list(range(10))[I()])
except Exception as e:
    print(type(e).__name__, e)
print(len(range(-2**63, 2**63 - 1, 3)), range(-2**63, 2**63-1)[-1])
try:
    print(len(range(-2**63, 2**63 - 1)))
except OverflowError as e:
    print(e)
for x in range(2**63 - 2, 2**63 + 1):
    print(x)
for x in reversed(range(-2**63, -2**63 + 3)):
    print(x)
print(list(reversed(range(0, 2**64, 2**63))), list(reversed(range(5, -5, -3))), list(reversed(range(0))))
print(type(reversed(range(3))).__name__, type(reversed(range(2**64))).__name__)
print(range(10)[2**70:], range(10)[-2**70:2**70:2**65], range(10)[::-2**70])
print(range(True, 5)[True], True in range(3), 2.0 in range(3), range(3).count(True), range(3).index(2.0))
try:
    range(3).index(2.5)
except ValueError as e:
    print(e)
try:
    range(3)[1.0]
except TypeError as e:
    print(e)
try:
    range(3)["a":]
except TypeError as e:
    print(e)
print([1, 2, 3][10**20:], [1, 2, 3][-10**20:10**20], "abc"[:10**30])
print(range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 5), range(2**64) != range(2**64 + 1))
print(hash(range(0)) == hash(range(7, 3)), hash(range(1, 2, 5)) == hash(range(1, 2)))
