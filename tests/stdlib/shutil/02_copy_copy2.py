import os
import shutil
import stat

os.umask(0o022)
with open('s.txt', 'w') as f:
    f.write('data')
os.chmod('s.txt', 0o750)
os.utime('s.txt', (1000000000, 1100000000))
os.mkdir('d')

print(shutil.copy('s.txt', 'c1.txt'))
print(stat.filemode(os.stat('c1.txt').st_mode), os.stat('c1.txt').st_mtime != 1100000000)
print(shutil.copy('s.txt', 'd'))
print(shutil.copy('s.txt', 'd/'))
print(shutil.copy2('s.txt', 'c2.txt'))
st = os.stat('c2.txt')
print(stat.filemode(st.st_mode), st.st_mtime, st.st_mtime_ns)
print(shutil.copy2('s.txt', 'd'), os.stat('d/s.txt').st_mtime)
os.symlink('s.txt', 'lnk')
print(shutil.copy('lnk', 'c3'), os.path.islink('c3'))
print(shutil.copy('lnk', 'c4', follow_symlinks=False), os.path.islink('c4'))
print(shutil.copy2('lnk', 'c5', follow_symlinks=False), os.readlink('c5'))
for f in (shutil.copy, shutil.copy2):
    for args in [('s.txt', 's.txt'), ('missing', 'x'), ('d', 'e')]:
        try:
            f(*args)
        except OSError as e:
            print(f.__name__, args, type(e).__name__, e)
print(sorted(os.listdir('.')), sorted(os.listdir('d')))
