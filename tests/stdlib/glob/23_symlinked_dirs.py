# glob follows symlinks to directories: '*/' lists them, patterns descend through them, and
# recursive '**' walks into them; dangling links match only as final components.
import glob
import os

for p in ['real/a.txt', 'real/deep/b.txt', 'other/c.txt']:
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)
os.symlink('real', 'alias')
os.symlink('../other', 'real/to_other')
os.symlink('missing_target', 'real/dangling')
os.symlink('a.txt', 'real/file_alias')
for pat in ['*/', 'alias/*', 'alias/deep/*', '*/*.txt', 'real/*/', 'real/*', 'real/dangling',
            'real/dangling/', 'real/file_alias', 'alias/to_other/*', '*/to_other/*.txt']:
    print(pat, sorted(glob.glob(pat)))
print(sorted(glob.glob('**/*.txt', recursive=True)))
print(sorted(glob.glob('alias/**', recursive=True)))
print(sorted(glob.glob('**/', recursive=True)))
import shutil
os.remove('alias')
shutil.rmtree('real')
shutil.rmtree('other')
print(os.listdir('.'))
