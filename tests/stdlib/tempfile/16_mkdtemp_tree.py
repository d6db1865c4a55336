# mkdtemp makes a fresh private directory each call; the caller owns it and removes it (here
# with shutil.rmtree); nested temporary directories and names with prefix/suffix.
import os
import shutil
import stat
import tempfile

root = tempfile.mkdtemp(prefix='work-', suffix='.d', dir='.')
print(root.startswith('./work-'), root.endswith('.d'), len(os.path.basename(root)))
print(oct(stat.S_IMODE(os.stat(root).st_mode)), os.listdir(root))
inner = [tempfile.mkdtemp(prefix='step%d_' % i, dir=root) for i in range(3)]
print(sorted(os.path.basename(p)[:6] for p in inner), all(os.path.isdir(p) for p in inner))
print(all(os.path.dirname(p) == root for p in inner), len(set(inner)))
with open(os.path.join(inner[0], 'result.txt'), 'w') as f:
    f.write('done')
deeper = tempfile.mkdtemp(dir=inner[0])
print(sorted(os.listdir(inner[0]))[0] == 'result.txt' or 'result.txt' in os.listdir(inner[0]))
print(os.path.relpath(deeper, root).count(os.sep))
b = tempfile.mkdtemp(dir=os.fsencode(root), prefix=b'raw')
print(type(b).__name__, os.path.basename(b)[:3])
print(len(os.listdir(root)))
shutil.rmtree(root)
print(os.path.exists(root), os.listdir('.'))
for kw in [{'prefix': 1}, {'suffix': None, 'prefix': None, 'dir': None}]:
    try:
        d = tempfile.mkdtemp(**kw)
        print(type(d).__name__, os.path.isabs(d), os.path.basename(d)[:3])
        os.rmdir(d)
    except TypeError as e:
        print('TypeError', e)
