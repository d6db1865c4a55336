# shutil.move: renaming over an existing file, moving into an existing directory, directory
# name clashes, trailing slashes, Path arguments, and a custom copy_function (unused when a
# plain rename works).
import os
import shutil
from pathlib import Path


def write(p, t):
    with open(p, 'w') as f:
        f.write(t)


def read(p):
    with open(p) as f:
        return f.read()


write('report.txt', 'v1')
write('final.txt', 'old final')
print(shutil.move('report.txt', 'final.txt'), read('final.txt'))
os.makedirs('archive/2023')
print(shutil.move('final.txt', 'archive'), os.listdir('archive/2023'))
print(repr(shutil.move(Path('archive/final.txt'), Path('archive/2023'))))
write('x.txt', 'x')
print(repr(shutil.move('x.txt', Path('archive/renamed.txt'))))
os.makedirs('incoming/2023')
write('incoming/2023/new.txt', 'n')
try:
    shutil.move('incoming/2023', 'archive')
except shutil.Error as e:
    print('Error', e)
print(shutil.move('incoming/2023', 'archive/2023/'))
print(sorted(os.listdir('archive/2023')), os.listdir('archive/2023/2023'))
used = []


def mycopy(src, dst):
    used.append(os.path.basename(src))
    return shutil.copy2(src, dst)


write('y.txt', 'y')
print(shutil.move('y.txt', 'z.txt', copy_function=mycopy), used)
for args in [('z.txt', 'nodir/'), ('z.txt', 'nodir/z.txt'), ('archive', 'archive/2023'),
             ('archive/renamed.txt', 'archive/renamed.txt/')]:
    try:
        print(shutil.move(*args))
    except (OSError, shutil.Error) as e:
        print(args, type(e).__name__, e)
print(sorted(os.listdir('.')))
shutil.rmtree('archive')
shutil.rmtree('incoming')
os.remove('z.txt')
print(os.listdir('.'))
