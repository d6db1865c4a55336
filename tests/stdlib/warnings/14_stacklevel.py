import sys
import warnings

log = []
warnings.showwarning = lambda m, c, f, l, file=None, line=None: log.append((str(m), f.rsplit('/', 1)[-1], l))
warnings.simplefilter('always')


def inner(level):
    warnings.warn('level %s' % level, stacklevel=level)


def middle(level):
    inner(level)


def outer(level):
    middle(level)


base = sys._getframe().f_lineno
for level in [1, 2, 3, 4, 0, -5, True]:
    outer(level)
for m, f, l in log:
    print(m, f, l - base if f != 'sys' else l)
log.clear()
outer(50)
print(log)
print(sorted(k for k in sys.__warningregistry__ if k == 'version'))
try:
    outer(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    outer('2')
except TypeError as e:
    print(type(e).__name__, e)
try:
    outer(2**64)
except OverflowError as e:
    print(type(e).__name__, e)
