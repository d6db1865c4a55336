import os
import stat
import tempfile

base = tempfile.mkdtemp(dir='.')
print(base.startswith('./tmp'), len(os.path.basename(base)), os.path.isdir(base))
print(oct(stat.S_IMODE(os.stat(base).st_mode)))
chars = set('abcdefghijklmnopqrstuvwxyz0123456789_')
print(set(os.path.basename(base)[3:]) <= chars)
p = tempfile.mkdtemp(suffix='.sfx', prefix='pre-', dir=base)
name = os.path.basename(p)
print(name.startswith('pre-'), name.endswith('.sfx'), len(name), os.path.dirname(p) == base)
names = {tempfile.mkdtemp(dir=base) for _ in range(20)}
print(len(names))
b = tempfile.mkdtemp(prefix=b'bb', dir=base.encode())
print(type(b).__name__, os.path.basename(b).startswith(b'bb'))
q = tempfile.mkdtemp(prefix='', suffix='', dir=base)
print(len(os.path.basename(q)))
r = tempfile.mkdtemp(dir=os.path.abspath(base))
print(os.path.isabs(r))
from pathlib import Path
s = tempfile.mkdtemp(dir=Path(base))
print(type(s).__name__, os.path.dirname(s) == base.lstrip('./') or os.path.dirname(s) == os.path.normpath(base))
for kw in [{'dir': 'missing'}, {'prefix': 'x/'}, {'prefix': b'x', 'suffix': 'y'}]:
    try:
        tempfile.mkdtemp(**kw)
    except (OSError, TypeError) as e:
        print(type(e).__name__, str(e).replace(os.getcwd(), '<cwd>')[:60].split(':')[0])
