# Levels: setLevel, getEffectiveLevel, isEnabledFor and its cache.
import logging

root = logging.getLogger()
a = logging.getLogger('lvl')
b = logging.getLogger('lvl.sub')
print(root.level, a.level, b.level)
print(root.getEffectiveLevel(), a.getEffectiveLevel(), b.getEffectiveLevel())
print([b.isEnabledFor(l) for l in (10, 20, 30, 40)])
print(sorted(b._cache.items()))

a.setLevel(logging.DEBUG)
print(b._cache, b.getEffectiveLevel(), b.isEnabledFor(10))
a.setLevel('ERROR')
print(b.getEffectiveLevel(), b.isEnabledFor(30), b.isEnabledFor(40), a.level)
b.setLevel(5)
print(b.getEffectiveLevel(), b.isEnabledFor(5), b.isEnabledFor(4))
b.setLevel(logging.NOTSET)
print(b.getEffectiveLevel())
root.setLevel(0)
a.setLevel(0)
print(b.getEffectiveLevel(), b.isEnabledFor(1), b.isEnabledFor(0), b.isEnabledFor(-5))
root.setLevel(logging.WARNING)

for bad in ['LOUD', 'debug', 3.5, None, [10]]:
    try:
        a.setLevel(bad)
        print('accepted', repr(bad), a.level)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)

class Named(str):
    pass
try:
    a.setLevel(Named('INFO'))
    print(a.level)
except Exception as e:
    print(type(e).__name__, e)
a.setLevel(True)
print(a.level, a.getEffectiveLevel())

b.disabled = True
print(b.isEnabledFor(50))
b.disabled = False
print(b.isEnabledFor(50))
# The cache can be filled by hand (and then answers).
b._cache[99] = False
print(b.isEnabledFor(99))
