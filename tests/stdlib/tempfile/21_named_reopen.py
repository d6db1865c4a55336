# NamedTemporaryFile(delete=False) hands the file over to the caller: it survives close, can
# be reopened by name (text or binary), appended to, and must be removed by hand.
import os
import tempfile

with tempfile.NamedTemporaryFile('w', suffix='.log', dir='.', delete=False) as f:
    print(f.__enter__() is f, f.delete, f.mode)
    f.write('started\n')
    path = f.name
print(f.closed, os.path.exists(path), os.path.basename(path).endswith('.log'))
with open(path, 'a') as g:
    g.write('appended\n')
with open(path) as g:
    print(g.read().splitlines())
with open(path, 'rb') as g:
    print(g.read())
h = tempfile.NamedTemporaryFile(mode='w+b', dir='.', delete=False)
h.write(b'abc')
h.close()
h.close()
print(os.path.getsize(h.name), h.closed)
os.rename(h.name, 'renamed.bin')
print(os.path.exists(h.name), os.path.exists('renamed.bin'))
for p in [path, 'renamed.bin']:
    os.remove(p)
k = tempfile.NamedTemporaryFile(dir='.', delete=True)
knm = k.name
os.remove(knm)
try:
    k.close()
    print('closed after external removal', k.closed)
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(os.listdir('.'))
