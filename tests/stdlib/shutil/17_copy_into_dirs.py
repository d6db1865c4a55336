# copy/copy2/copyfile when the destination is a directory, a symlink to a directory, a path
# under a missing directory, or when the source is a directory; return values for str and
# Path arguments.
import os
import shutil
from pathlib import Path

os.makedirs('out/nested')
with open('data.csv', 'w') as f:
    f.write('a,b\n1,2\n')
os.symlink('out', 'outlink')
print(shutil.copy('data.csv', 'out'))
print(shutil.copy('data.csv', 'outlink'), os.path.isfile('out/data.csv'))
print(shutil.copy2('data.csv', 'out/nested/'))
print(shutil.copy('data.csv', 'out/renamed.csv'))
print(repr(shutil.copy(Path('data.csv'), Path('out'))))
print(repr(shutil.copy('data.csv', Path('out/p.csv'))))
print(repr(shutil.copyfile(Path('data.csv'), Path('out/q.csv'))))
print(repr(shutil.copy2(b'data.csv', b'out')))
for f in (shutil.copy, shutil.copy2, shutil.copyfile):
    for src, dst in [('out', 'x'), ('data.csv', 'nowhere/x.csv'), ('ghost', 'out'),
                     ('data.csv', 'out/nested/../../missing/y')]:
        try:
            f(src, dst)
        except OSError as e:
            print(f.__name__, (src, dst), type(e).__name__, e.errno, e.strerror, e.filename)
try:
    shutil.copyfile('data.csv', 'out')
except IsADirectoryError as e:
    print('IsADirectoryError', e)
for r, ds, fs in sorted(os.walk('out')):
    print(r, sorted(ds), sorted(fs))
shutil.rmtree('out')
os.remove('outlink')
os.remove('data.csv')
print(os.listdir('.'))
