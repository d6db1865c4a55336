import os
import stat
import tempfile

fd, path = tempfile.mkstemp(dir='.')
print(type(fd).__name__, os.path.isabs(path), os.path.dirname(path) == os.getcwd())
print(os.path.basename(path).startswith('tmp'), len(os.path.basename(path)))
print(oct(stat.S_IMODE(os.stat(path).st_mode)), os.path.getsize(path))
os.write(fd, b'payload')
os.close(fd)
with open(path) as f:
    print(f.read())
fd2, path2 = tempfile.mkstemp(suffix='.csv', prefix='data_', dir='.', text=True)
os.close(fd2)
print(os.path.basename(path2).startswith('data_'), path2.endswith('.csv'))
fd3, path3 = tempfile.mkstemp(dir=b'.')
os.close(fd3)
print(type(path3).__name__, os.path.isabs(path3))
print(sorted(os.path.basename(p)[:3] for p in os.listdir('.')))
for kw in [{'dir': 'missing'}, {'suffix': b'x', 'prefix': 'y'}, {'dir': 3}]:
    try:
        tempfile.mkstemp(**kw)
    except (OSError, TypeError) as e:
        msg = str(e).replace(os.getcwd(), '<cwd>')
        print(type(e).__name__, msg[:msg.rfind('/tmp') + 4] if 'missing' in msg else msg)
os.remove(path)
os.remove(path2)
