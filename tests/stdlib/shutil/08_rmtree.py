import os
import shutil

os.makedirs('t/a/b/c')
os.makedirs('t/empty')
for p in ['t/f', 't/a/g', 't/a/b/c/h', 't/.hidden']:
    with open(p, 'w') as f:
        f.write('x')
os.makedirs('outside')
with open('outside/keep', 'w') as f:
    f.write('k')
os.symlink('../outside', 't/a/link')
shutil.rmtree('t')
print(os.path.exists('t'), os.listdir('outside'))
for p in ['missing', 'outside/keep']:
    try:
        shutil.rmtree(p)
    except OSError as e:
        print(type(e).__name__, e)
os.symlink('outside', 'dirlink')
try:
    shutil.rmtree('dirlink')
except OSError as e:
    print(type(e).__name__, e)
print(os.path.exists('outside/keep'), os.path.islink('dirlink'))
shutil.rmtree('missing', ignore_errors=True)
shutil.rmtree('outside/keep', ignore_errors=True)
print(os.path.exists('outside/keep'))
os.makedirs('b/c')
shutil.rmtree(b'b')
print(os.path.exists('b'))
from pathlib import Path
Path('p/q').mkdir(parents=True)
shutil.rmtree(Path('p'))
print(os.path.exists('p'), sorted(os.listdir('.')))
print(hasattr(shutil.rmtree, 'avoids_symlink_attacks'))
