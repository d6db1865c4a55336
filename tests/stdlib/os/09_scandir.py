import os

os.mkdir('top')
with open('top/a.txt', 'w') as f:
    f.write('aaa')
os.mkdir('top/sub')
os.symlink('a.txt', 'top/link')
os.symlink('sub', 'top/dlink')
os.symlink('missing', 'top/broken')

with os.scandir('top') as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    print('  ', os.fspath(e), e.inode() == os.lstat(e.path).st_ino)
a = entries[0]
print(a.stat().st_size, a.stat(follow_symlinks=False).st_size)
link = [e for e in entries if e.name == 'link'][0]
print(link.stat().st_size, link.stat(follow_symlinks=False).st_size == os.lstat('top/link').st_size)
broken = [e for e in entries if e.name == 'broken'][0]
try:
    broken.stat()
except FileNotFoundError as e:
    print('FileNotFoundError', e)

print(type(a).__name__, type(a).__module__, type(os.scandir('top')).__name__)
print(isinstance(a, os.DirEntry), isinstance(a, os.PathLike))
os.chdir('top')
print(sorted(e.path for e in os.scandir()))
print(sorted(e.path for e in os.scandir('.')))
print(sorted(e.name for e in os.scandir(b'.')))
os.chdir('..')
print(sorted((e.name, e.path) for e in os.scandir('top/')))

it = os.scandir('top')
first = next(it)
it.close()
print(list(it))
with os.scandir('top') as it2:
    n = sum(1 for _ in it2)
print(n)
for arg in ['missing', 'top/a.txt', 3.5]:
    try:
        os.scandir(arg)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.DirEntry()
except TypeError as e:
    print('TypeError', e)
