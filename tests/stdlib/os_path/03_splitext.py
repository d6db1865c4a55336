import os

cases = ['', 'a', 'a.txt', 'a.tar.gz', '.bashrc', '..bashrc', '...', '.a.b', 'a.',
         'a..', 'dir.d/file', 'dir.d/file.txt', '/x/.hidden', '/x/..y.z', 'a/.', 'a/..',
         'a.b/', 'name.with.many.dots', 'x/.y.', '.', '..']
for p in cases:
    root, ext = os.path.splitext(p)
    print(repr(p), repr(root), repr(ext), root + ext == p)
print(os.path.splitext(b'x/y.tar.gz'), os.path.splitext(b'.hidden'))
try:
    os.path.splitext(3)
except TypeError as e:
    print('TypeError', e)
