import os
import shutil

os.makedirs('src/pkg/__pycache__')
os.makedirs('src/.git')
for p in ['src/a.py', 'src/a.pyc', 'src/pkg/b.py', 'src/pkg/__pycache__/b.pyc', 'src/.git/HEAD',
          'src/notes.txt', 'src/pkg/c.tmp']:
    with open(p, 'w') as f:
        f.write('x')


def listing(top):
    return sorted(os.path.relpath(os.path.join(r, n), top)
                  for r, ds, fs in os.walk(top) for n in ds + fs)


ign = shutil.ignore_patterns('*.pyc', '__pycache__', '.git', '*.tmp')
print(type(ign).__name__, sorted(ign('src', ['a.py', 'a.pyc', '.git', 'x.tmp', 'y'])))
print(ign('src', []), shutil.ignore_patterns()('d', ['a']))
shutil.copytree('src', 'dst', ignore=ign)
print(listing('dst'))
seen = []


def record(path, names):
    seen.append((path, sorted(names)))
    return ['notes.txt'] if path == 'src' else []


shutil.copytree('src', 'dst2', ignore=record)
print(sorted(seen))
print(listing('dst2'))
from pathlib import Path
seen.clear()
shutil.copytree(Path('src/pkg'), 'dst3', ignore=record)
print(seen, type(seen[0][0]).__name__)
