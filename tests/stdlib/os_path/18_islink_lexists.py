# islink/lexists see the link itself; exists/isfile/isdir follow it. Chains of links, links to
# links to directories, dangling and self-referencing links, and trailing slashes.
import os

os.mkdir('realdir')
with open('realdir/f.txt', 'w') as f:
    f.write('f')
os.symlink('realdir', 'l1')
os.symlink('l1', 'l2')
os.symlink('l2/f.txt', 'l3')
os.symlink('nowhere/deep', 'dang')
os.symlink('selfref', 'selfref')
os.symlink('/', 'rootlink')
os.symlink('realdir/f.txt', 'realdir/inner_rel')
for p in ['l1', 'l2', 'l3', 'l1/', 'l2/f.txt', 'dang', 'dang/', 'selfref', 'rootlink',
          'realdir/inner_rel', 'l1/inner_rel', 'l1/f.txt/', 'realdir', 'missing']:
    print(repr(p).ljust(26), os.path.islink(p), os.path.lexists(p), os.path.exists(p),
          os.path.isfile(p), os.path.isdir(p))
print(os.readlink('l3'), os.readlink(b'l2'), os.path.realpath('l3') == os.path.realpath('realdir/f.txt'))
os.remove('realdir/f.txt')
print(os.path.islink('l3'), os.path.exists('l3'), os.path.lexists('l3'))
os.rename('l1', 'l1_moved')
print(os.path.exists('l2'), os.path.islink('l2'), os.path.exists('l1_moved'))
for n in ['l1_moved', 'l2', 'l3', 'dang', 'selfref', 'rootlink', 'realdir/inner_rel']:
    os.remove(n)
os.rmdir('realdir')
print(os.listdir('.'))
print(os.path.islink(''), os.path.lexists(''), os.path.islink(b'missing'), os.path.islink('a\0b'))
