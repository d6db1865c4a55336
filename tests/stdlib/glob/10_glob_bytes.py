import glob
import os

os.makedirs('d/e')
for p in ['d/a.txt', 'd/e/b.txt', 'c.txt']:
    with open(p, 'w') as f:
        f.write(p)
print(sorted(glob.glob(b'*.txt')), sorted(glob.glob(b'd/*')))
print(sorted(glob.glob(b'**/*.txt', recursive=True)))
print(sorted(glob.glob(b'd')), glob.glob(b'missing'))
print(sorted(glob.glob(b'*', root_dir=b'd')))
