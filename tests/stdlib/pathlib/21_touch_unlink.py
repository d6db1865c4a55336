import os
from pathlib import Path

os.umask(0o022)
p = Path('t')
p.touch()
print(p.exists(), p.stat().st_size, oct(p.stat().st_mode & 0o777))
os.utime('t', (1, 1))
p.touch()
print(p.stat().st_mtime > 1)
try:
    p.touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e)
Path('m').touch(mode=0o600)
print(oct(Path('m').stat().st_mode & 0o777))
Path('n').touch(exist_ok=False)
print(Path('n').exists())
try:
    Path('nodir/x').touch()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
p.unlink()
print(p.exists())
try:
    p.unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
p.unlink(missing_ok=True)
Path('d').mkdir()
try:
    Path('d').unlink()
except IsADirectoryError as e:
    print('IsADirectoryError', e)
Path('l').symlink_to('d')
Path('l').unlink()
print(Path('d').exists(), Path('l').exists())
print(sorted(os.listdir('.')))
