# realpath through chains of relative symlinks in nested folders, symlinks to '..',
# absolute symlinks made inside the working directory; results shown relative to it.
import os

base = os.path.realpath(os.getcwd())
os.makedirs('data/2023/q1')
os.makedirs('views')
with open('data/2023/q1/sales.csv', 'w') as f:
    f.write('s')
os.symlink('../data/2023', 'views/year')
os.symlink('year/q1', 'views/quarter')
os.symlink('quarter/sales.csv', 'views/latest')
os.symlink(os.path.join(base, 'data'), 'abs_data')
os.symlink('..', 'data/2023/q1/up')
os.symlink('views/latest', 'shortcut')


def r(p):
    return os.path.relpath(os.path.realpath(p), base)


for p in ['views/year', 'views/quarter', 'views/latest', 'shortcut', 'abs_data/2023',
          'abs_data/2023/q1/up', 'views/quarter/up/q1/sales.csv', 'views/year/../x',
          'views/../views/latest', 'shortcut/..', 'abs_data/../views', 'views/missing/x']:
    print(repr(p), r(p))
print(r(b'views/latest'.decode()), os.fsdecode(os.path.relpath(os.path.realpath(b'shortcut'), os.fsencode(base))))
print(os.path.realpath('views/latest') == os.path.realpath('data/2023/q1/sales.csv'))
print(os.path.realpath('shortcut', strict=True) == os.path.join(base, 'data', '2023', 'q1', 'sales.csv'))
os.remove('data/2023/q1/sales.csv')
print(r('shortcut'))
try:
    os.path.realpath('shortcut', strict=True)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
import shutil
for n in ['shortcut', 'abs_data']:
    os.remove(n)
shutil.rmtree('views')
shutil.rmtree('data')
print(os.listdir('.'))
