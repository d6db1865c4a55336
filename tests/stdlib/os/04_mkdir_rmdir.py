import os
import stat

os.umask(0o022)
os.mkdir('d1')
print(os.path.isdir('d1'), stat.filemode(os.stat('d1').st_mode))
os.mkdir('d2', 0o700)
print(stat.filemode(os.stat('d2').st_mode))
os.mkdir('d3', mode=0o750)
print(oct(stat.S_IMODE(os.stat('d3').st_mode)))
os.mkdir(b'd4')
print(sorted(os.listdir('.')))

for args in [('d1',), ('missing/child',), ('',), (None,), (3,)]:
    try:
        os.mkdir(*args)
    except Exception as e:
        print(type(e).__name__, e)

with open('d1/f', 'w') as f:
    f.write('x')
for p in ['d1', 'missing', 'd1/f', '']:
    try:
        os.rmdir(p)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
os.rmdir('d2')
os.rmdir(b'd4')
print(sorted(os.listdir('.')))
try:
    os.mkdir('x', dir_fd=None, bad=1)
except TypeError as e:
    print('TypeError')
