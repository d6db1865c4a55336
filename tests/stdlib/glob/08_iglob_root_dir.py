import glob
import os
from pathlib import Path

for p in ['base/a.txt', 'base/b.py', 'base/s/c.txt', 'other/d.txt']:
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)
print(sorted(glob.glob('*.txt', root_dir='base')))
print(sorted(glob.glob('**/*.txt', root_dir='base', recursive=True)))
print(sorted(glob.glob('*', root_dir=Path('base'))))
print(sorted(glob.glob('s', root_dir='base')), glob.glob('missing', root_dir='base'))
print(sorted(glob.glob('*', root_dir='nowhere')))
print(glob.glob('', root_dir='base'), glob.glob('s/', root_dir='base'))
it = glob.iglob('base/*')
print(sorted(it), list(it))
os.chdir('base')
print(sorted(glob.glob('*')), sorted(glob.glob('../other/*')))
