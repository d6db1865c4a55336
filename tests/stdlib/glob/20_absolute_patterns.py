# Absolute patterns return absolute paths (shown relative to the working directory); '..'
# and '.' components are kept as written, not normalized.
import glob
import os

base = os.getcwd()
for p in ['in/a.csv', 'in/b.csv', 'in/sub/c.csv', 'out/keep.txt']:
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)


def rel(paths):
    return sorted(os.path.relpath(p, base) for p in paths)


pat = os.path.join(base, 'in', '*.csv')
res = glob.glob(pat)
print(all(os.path.isabs(p) for p in res), rel(res))
print(rel(glob.glob(os.path.join(base, '*', '*'))))
print(rel(glob.glob(os.path.join(base, '**', '*.csv'), recursive=True)))
print(rel(glob.glob(os.path.join(base, 'in', '..', 'out', '*'))))
print(sorted(p[len(base):] for p in glob.glob(os.path.join(base, 'in', '..', 'out', '*'))))
print(sorted(p[len(base):] for p in glob.glob(os.path.join(base, '.', 'in', 'sub', '*'))))
print(sorted(glob.glob('in/../in/*.csv')), sorted(glob.glob('./in/sub/*')))
print(sorted(glob.glob('in//*.csv')), sorted(glob.glob('in/./sub//c.csv')))
print(glob.glob(os.path.join(base, 'missing', '*')), glob.glob(base + os.sep + 'in' + os.sep) == [base + '/in/'])
print(glob.glob(base) == [base], glob.glob(os.path.join(base, 'in', 'a.csv')) == [os.path.join(base, 'in', 'a.csv')])
print(glob.glob('/') == ['/'], glob.glob('//') == ['//'])
os.chdir('in')
print(sorted(glob.glob('../out/*')), sorted(glob.glob('../*/')), rel(glob.glob(os.path.join(os.getcwd(), '*'))))
os.chdir(base)
import shutil
shutil.rmtree('in')
shutil.rmtree('out')
print(os.listdir('.'))
