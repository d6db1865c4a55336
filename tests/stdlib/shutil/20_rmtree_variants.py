# rmtree on deep trees, trees holding symlinks (the links go, their targets stay), trailing
# slashes, bytes and Path arguments, and paths that cannot be removed ('.' components).
import os
import shutil
from pathlib import Path

deep = os.path.join('deep', *['lvl%d' % i for i in range(30)])
os.makedirs(deep)
with open(os.path.join(deep, 'bottom.txt'), 'w') as f:
    f.write('b')
shutil.rmtree('deep/')
print(os.path.exists('deep'))
os.makedirs('keepme/inner')
with open('keepme/inner/k.txt', 'w') as f:
    f.write('k')
os.makedirs('tree/sub')
os.symlink('../../keepme/inner/k.txt', 'tree/sub/filelink')
os.symlink('../keepme', 'tree/dirlink')
os.symlink('nothing', 'tree/dangling')
shutil.rmtree(b'tree')
print(os.path.exists('tree'), os.listdir('keepme/inner'))
os.makedirs('p/q/r')
shutil.rmtree(Path('p') / 'q')
print(os.listdir('p'))
calls = []
shutil.rmtree('p/.', onerror=lambda fn, path, info: calls.append((fn.__name__, path, info[0].__name__)))
print(calls, os.path.exists('p'))
for target in ['', 'keepme/inner/k.txt/', 'nonexistent/', 'keepme/inner/k.txt']:
    try:
        shutil.rmtree(target)
    except OSError as e:
        print(repr(target), type(e).__name__, e.errno, e.filename)
print(sorted(os.listdir('.')))
shutil.rmtree('p')
shutil.rmtree('keepme')
print(os.listdir('.'))
for bad in [None, 5]:
    try:
        shutil.rmtree(bad)
    except TypeError as e:
        print('TypeError', e)
