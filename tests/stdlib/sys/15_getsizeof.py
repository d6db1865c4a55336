# sys.getsizeof: only relations are printed (sizes themselves differ between builds);
# __sizeof__ overrides, their errors, and the default argument.
import sys

print(type(sys.getsizeof(0)).__name__, sys.getsizeof(0) > 0, sys.getsizeof(None) > 0)
print(sys.getsizeof('') <= sys.getsizeof('a') <= sys.getsizeof('a' * 100))
print(sys.getsizeof(b'') < sys.getsizeof(b'x' * 1000))
print(sys.getsizeof([]) < sys.getsizeof(list(range(100))))
print(sys.getsizeof(()) < sys.getsizeof(tuple(range(10))))
print(sys.getsizeof({}) <= sys.getsizeof({i: i for i in range(100)}))
print(sys.getsizeof(set()) <= sys.getsizeof(set(range(1000))))
print(sys.getsizeof(1) <= sys.getsizeof(10 ** 100) < sys.getsizeof(10 ** 1000))
big = list(range(1000))
print(sys.getsizeof([big]) < sys.getsizeof(big), sys.getsizeof([big]) == sys.getsizeof([0]))


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


print(sys.getsizeof(Sized(100)) >= 100, sys.getsizeof(Sized(100)) - sys.getsizeof(Sized(0)))
for n in [-1, 'x', 1.5, 2 ** 70]:
    try:
        sys.getsizeof(Sized(n))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(n), type(e).__name__, e)
    try:
        print(repr(n), 'with default', sys.getsizeof(Sized(n), 'default'))
    except (ValueError, OverflowError) as e:
        print(repr(n), 'with default', type(e).__name__)


class Broken:
    def __sizeof__(self):
        raise RuntimeError('no size')


try:
    sys.getsizeof(Broken())
except RuntimeError as e:
    print('RuntimeError', e)
try:
    print(sys.getsizeof(Broken(), -1))
except RuntimeError as e:
    print('default does not hide RuntimeError', e)


class NoInt:
    def __sizeof__(self):
        return None


print(sys.getsizeof(NoInt(), 'dflt'))
print(sys.getsizeof(int) > 0, sys.getsizeof(sys) > 0, sys.getsizeof(print) > 0)
