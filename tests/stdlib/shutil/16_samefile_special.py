# SameFileError for the same file reached by other names (hard link, symlink, '..', a
# directory destination holding the source), and what it is as an exception.
import os
import shutil

with open('a.txt', 'w') as f:
    f.write('alpha')
os.link('a.txt', 'hard.txt')
os.symlink('a.txt', 'soft.txt')
os.mkdir('sub')
for f in (shutil.copyfile, shutil.copy, shutil.copy2):
    for src, dst in [('a.txt', 'hard.txt'), ('a.txt', 'soft.txt'), ('a.txt', 'sub/../a.txt'),
                     ('soft.txt', 'a.txt'), ('a.txt', '.'), ('a.txt', 'sub/..')]:
        try:
            print(f.__name__, src, dst, 'copied to', f(src, dst))
        except shutil.SameFileError as e:
            print(f.__name__, type(e).__name__, e)
        except OSError as e:
            print(f.__name__, type(e).__name__, e)
e = shutil.SameFileError('x')
print(isinstance(e, shutil.Error), isinstance(e, OSError), e.errno, e.filename, e.args)
print(os.stat('a.txt').st_nlink, os.path.islink('soft.txt'), os.path.samefile('a.txt', 'hard.txt'))
print(shutil.copyfile('soft.txt', 'link2.txt', follow_symlinks=False), os.readlink('link2.txt'))
for src, dst in [('link2.txt', 'link2.txt'), ('link2.txt', 'soft.txt'), ('soft.txt', 'a.txt')]:
    try:
        shutil.copy(src, dst, follow_symlinks=False)
    except OSError as e:
        print(src, dst, type(e).__name__, e)
with open('hard.txt') as f:
    print(f.read())
for n in ['a.txt', 'hard.txt', 'soft.txt', 'link2.txt']:
    os.remove(n)
os.rmdir('sub')
print(os.listdir('.'))
