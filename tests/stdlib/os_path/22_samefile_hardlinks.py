# samefile / sameopenfile / samestat compare device and inode: hard links, symlinks, '..'
# spellings, open descriptors, and a file replaced under the same name.
import os

with open('orig.txt', 'w') as f:
    f.write('content')
os.link('orig.txt', 'hard.txt')
os.symlink('orig.txt', 'soft.txt')
os.mkdir('sub')
pairs = [('orig.txt', 'hard.txt'), ('orig.txt', 'soft.txt'), ('hard.txt', 'soft.txt'),
         ('orig.txt', 'sub/../orig.txt'), ('sub', 'sub/.'), ('sub', '.'), ('.', 'sub/..'),
         (b'orig.txt', b'hard.txt')]
for a, b in pairs:
    print(a, b, os.path.samefile(a, b))
print(os.stat('orig.txt').st_nlink, os.lstat('soft.txt').st_nlink)
print(os.path.samestat(os.lstat('soft.txt'), os.stat('soft.txt')), os.path.samestat(os.stat('sub/..'), os.stat('.')))
before = os.stat('orig.txt')
os.remove('orig.txt')
with open('orig.txt', 'w') as f:
    f.write('new content')
print(os.path.samefile('orig.txt', 'hard.txt'), os.path.samestat(before, os.stat('hard.txt')))
with open('hard.txt') as f:
    print(f.read())
for a, b in [('orig.txt', 'missing'), ('missing', 'orig.txt'), ('orig.txt', None)]:
    try:
        os.path.samefile(a, b)
    except (OSError, TypeError) as e:
        print(a, b, type(e).__name__, e)
with open('hard.txt') as f1, open('orig.txt') as f2, open('hard.txt', 'rb') as f3:
    print(os.path.sameopenfile(f1.fileno(), f2.fileno()), os.path.sameopenfile(f1.fileno(), f3.fileno()))
    print(os.path.samestat(os.fstat(f3.fileno()), os.stat('hard.txt')))
try:
    os.path.sameopenfile(999, 998)
except OSError as e:
    print(type(e).__name__, e)
for n in ['orig.txt', 'hard.txt', 'soft.txt']:
    os.remove(n)
os.rmdir('sub')
print(os.listdir('.'))
