import os
import shutil
import stat

os.umask(0o022)
for n in ['a', 'b']:
    with open(n, 'w') as f:
        f.write(n)
os.chmod('a', 0o741)
os.utime('a', (1500000000, 1600000000))
shutil.copymode('a', 'b')
print(stat.filemode(os.stat('b').st_mode), os.stat('b').st_mtime != 1600000000)
os.chmod('b', 0o644)
shutil.copystat('a', 'b')
st = os.stat('b')
print(stat.filemode(st.st_mode), st.st_atime, st.st_mtime)
os.mkdir('d1')
os.mkdir('d2')
os.chmod('d1', 0o711)
os.utime('d1', (10, 20))
shutil.copystat('d1', 'd2')
print(stat.filemode(os.stat('d2').st_mode), os.stat('d2').st_mtime)
for f, args in [(shutil.copymode, ('missing', 'b')), (shutil.copymode, ('a', 'missing')),
                (shutil.copystat, ('missing', 'b')), (shutil.copystat, ('a', 'missing'))]:
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
os.symlink('a', 'la')
os.symlink('b', 'lb')
shutil.copymode('la', 'lb', follow_symlinks=False)
print(stat.filemode(os.stat('b').st_mode))
