import glob
import os

for p in ['a.txt', 'b.txt', 'c.py', 'sub/d.txt', 'sub/e.py', 'sub/deep/f.txt', 'other/g.txt']:
    os.makedirs(os.path.dirname(p) or '.', exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)
for pat in ['*.txt', '*', '*/*.txt', 's*/*', '?.py', '[ab].txt', 'sub', 'sub/', 'missing',
            'a.txt', 'sub/*/', '*/', '*/*/*', 'sub/deep/*.txt', './*.py', '', '[!a]*.txt',
            'sub/../*.py', 'a.txt/', 'a.txt/*']:
    print(repr(pat), sorted(glob.glob(pat)))
print(type(glob.iglob('*')).__name__ if hasattr(glob.iglob('*'), '__next__') else 'iterable')
print(sorted(glob.iglob('*.py')))
