# What glob accepts: str or bytes patterns (results keep the type); a pathlib.Path pattern is
# not supported by glob.glob in 3.11 (Path.glob is the way); keyword-only options.
import glob
import os
from pathlib import Path

with open('a.txt', 'w') as f:
    f.write('a')
os.mkdir('d')
print(glob.glob('a.txt'), glob.glob(b'a.txt'), glob.glob('*.txt', recursive=False))
for pat in [Path('*.txt'), Path('a.txt')]:
    try:
        print(glob.glob(pat))
    except TypeError as e:
        print('TypeError', e)
print(sorted(str(p) for p in Path('.').glob('*')), glob.glob(str(Path('d') / '*')))
print(glob.glob(os.fspath(Path('a.txt'))), glob.glob('d', root_dir=Path('.')))
for args, kw in [(('*', '.'), {}), (('*',), {'root': '.'}), ((), {}), ((b'*',), {'root_dir': '.'})]:
    try:
        print(glob.glob(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
print(glob.glob('*.txt', recursive=1), glob.glob('*.txt', include_hidden=None))
print(type(glob.iglob(b'*')).__name__, sorted(glob.iglob(b'*')))
print(glob.glob1('.', '*.txt'), glob.glob0('.', 'a.txt'), glob.glob0('.', ''))
os.remove('a.txt')
os.rmdir('d')
print(glob.glob('*'))
