# os.link makes a hard link: one file with two names.
import os

with open('a.txt', 'w') as f:
    f.write('hello')
print(os.link('a.txt', 'b.txt'))
sa, sb = os.stat('a.txt'), os.stat('b.txt')
print(sa.st_nlink, sb.st_nlink, sa.st_ino == sb.st_ino, sa.st_dev == sb.st_dev)
with open('b.txt') as f:
    print(f.read())
with open('b.txt', 'a') as f:
    f.write(' world')
with open('a.txt') as f:
    print(f.read())
os.remove('a.txt')
print(os.path.exists('a.txt'), os.stat('b.txt').st_nlink)
with open('b.txt') as f:
    print(f.read())
os.link(src='b.txt', dst='c.txt')
os.link(b'b.txt', b'd.txt')
import pathlib
os.link(pathlib.Path('b.txt'), pathlib.Path('e.txt'))
os.link('b.txt', 'f.txt', follow_symlinks=False)
os.link('b.txt', 'g.txt', src_dir_fd=None, dst_dir_fd=None)
print(os.stat('b.txt').st_nlink, sorted(os.listdir('.')))
os.mkdir('sub')
os.link('b.txt', 'sub/h.txt')
print(os.stat('sub/h.txt').st_nlink, os.path.samefile('b.txt', 'sub/h.txt'))
os.symlink('b.txt', 'sym')
os.link('sym', 'i.txt')
print(os.path.islink('i.txt'), os.path.samefile('i.txt', 'b.txt'), os.stat('b.txt').st_nlink)
