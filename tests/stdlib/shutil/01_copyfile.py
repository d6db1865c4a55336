import os
import shutil


def write(p, data):
    with open(p, 'w') as f:
        f.write(data)


def read(p):
    with open(p) as f:
        return f.read()


write('src.txt', 'hello\nworld\n')
print(shutil.copyfile('src.txt', 'dst.txt'), read('dst.txt'))
write('dst.txt', 'old contents that are longer')
print(shutil.copyfile('src.txt', 'dst.txt'), repr(read('dst.txt')))
os.mkdir('d')
os.symlink('src.txt', 'link')
print(shutil.copyfile('link', 'd/fromlink.txt'), os.path.islink('d/fromlink.txt'))
print(shutil.copyfile('link', 'd/keptlink', follow_symlinks=False), os.readlink('d/keptlink'))
write('empty', '')
print(shutil.copyfile('empty', 'empty2'), os.path.getsize('empty2'))
big = 'x' * 200000
write('big', big)
shutil.copyfile('big', 'big2')
print(read('big2') == big)
for args in [('src.txt', 'src.txt'), ('src.txt', './src.txt'), ('link', 'src.txt'),
             ('missing', 'x'), ('d', 'y'), ('src.txt', 'd'), ('src.txt', 'nodir/z'),
             ('src.txt', 'nodir/')]:
    try:
        shutil.copyfile(*args)
    except OSError as e:
        print(args, type(e).__name__, e)
print(sorted(os.listdir('.')))
