# iglob returns an iterator: consumed lazily with next(), exhausted once, and usable in
# loops and comprehensions; the result of glob is a fresh list each call.
import glob
import os

for i in range(5):
    with open('f%d.dat' % i, 'w') as f:
        f.write(str(i))
it = glob.iglob('*.dat')
print(iter(it) is it, hasattr(it, '__next__'), type(it).__name__ in ('generator', 'iterator'))
first = next(it)
rest = list(it)
print(first in ['f%d.dat' % i for i in range(5)], len(rest), sorted([first] + rest))
print(list(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(sum(1 for _ in glob.iglob('*.dat')), sorted(n[1] for n in glob.iglob('f[0-2].dat')))
a, b = glob.glob('*.dat'), glob.glob('*.dat')
print(a is b, sorted(a) == sorted(b), type(a).__name__)
it2 = glob.iglob('*.dat')
with open('f9.dat', 'w') as f:
    f.write('9')
print(len(list(it2)) in (5, 6), len(glob.glob('*.dat')))
print(list(glob.iglob('nothing*')), list(glob.iglob('f0.dat')), list(glob.iglob('missing.dat')))
gen = glob.iglob('**/*.dat', recursive=True)
print(sorted(gen))
for n in glob.glob('*.dat'):
    os.remove(n)
print(glob.glob('*'))
