# TemporaryDirectory with bytes or Path dir: the name's type follows the arguments; repr;
# removal of read-only files inside; errors for mixed types and a missing dir.
import os
import stat
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory(dir=b'.') as d:
    print(type(d).__name__, d.startswith(b'./tmp'))
with tempfile.TemporaryDirectory(dir=Path('.')) as d:
    print(type(d).__name__, d.startswith('./tmp'), os.path.isabs(d))
with tempfile.TemporaryDirectory(prefix=b'pre', dir=b'.') as d:
    print(os.path.basename(d)[:3])
with tempfile.TemporaryDirectory(dir='.', suffix='.tmpdir') as d:
    print(d.endswith('.tmpdir'))
    p = os.path.join(d, 'locked.txt')
    with open(p, 'w') as f:
        f.write('r/o')
    os.chmod(p, stat.S_IREAD)
    os.makedirs(os.path.join(d, 'a', 'b'))
    os.chmod(os.path.join(d, 'a'), stat.S_IREAD | stat.S_IEXEC)
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(dir='.')
print(repr(td).startswith("<TemporaryDirectory './tmp"), repr(td).endswith("'>"))
print(str(td) == repr(td), td.name in repr(td))
td.cleanup()
for kw in [{'dir': 'no/such/dir'}, {'prefix': b'x', 'dir': '.'}, {'suffix': 1}]:
    try:
        tempfile.TemporaryDirectory(**kw)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e.errno if isinstance(e, OSError) else e)
print(os.listdir('.'))
