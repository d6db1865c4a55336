import os
import stat

with open('target.txt', 'w') as f:
    f.write('12345')
os.mkdir('dir')
os.symlink('target.txt', 'link')
os.symlink('dir', 'dirlink')
os.symlink('nowhere', 'broken')
os.symlink('loop1', 'loop2')
os.symlink('loop2', 'loop1')

print(os.readlink('link'), os.readlink(b'link'), os.readlink('broken'))
for name in ['link', 'dirlink', 'broken', 'target.txt']:
    ls = os.lstat(name)
    print(name, stat.S_ISLNK(ls.st_mode), os.path.islink(name), os.path.exists(name),
          os.path.lexists(name))
print(os.stat('link').st_size, os.lstat('link').st_size)
print(stat.S_ISLNK(os.stat('link', follow_symlinks=False).st_mode))
print(stat.S_ISDIR(os.stat('dirlink').st_mode))
print(os.listdir('dirlink'))

for func, args in [(os.stat, ('broken',)), (os.readlink, ('target.txt',)),
                   (os.readlink, ('missing',)), (os.symlink, ('a', 'link')),
                   (os.stat, ('loop1',)), (os.lstat, ('missing',))]:
    try:
        func(*args)
    except OSError as e:
        print(func.__name__, type(e).__name__, e)
print(sorted(os.listdir('.')))
os.unlink('link')
os.unlink('broken')
os.remove('dirlink')
print(sorted(os.listdir('.')))
