import glob
import os

for p in ['a.py', 'x/b.py', 'x/y/c.py', 'x/y/z/d.txt', 'w/e.py']:
    os.makedirs(os.path.dirname(p) or '.', exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)
for pat in ['**', '**/', '**/*.py', 'x/**', 'x/**/', 'x/**/*.py', '**/y', '**/y/*',
            '**/**', 'x/**/z/*', '**.py', 'x**', '*/**/*.txt']:
    print(repr(pat), sorted(glob.glob(pat, recursive=True)), sorted(glob.glob(pat)))
os.symlink('x', 'xl')
print(sorted(glob.glob('xl/**/*.py', recursive=True)))
print(sorted(glob.glob('**/*.txt', recursive=True)))
