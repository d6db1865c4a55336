import os
import stat
from pathlib import Path

Path('f').write_text('12345')
Path('lnk').symlink_to('f')
Path('dl').symlink_to('.', target_is_directory=True)
s = Path('f').stat()
print(type(s).__name__, s.st_size, stat.S_ISREG(s.st_mode))
print(Path('lnk').stat().st_size, stat.S_ISLNK(Path('lnk').lstat().st_mode),
      stat.S_ISLNK(Path('lnk').stat(follow_symlinks=False).st_mode))
print(repr(Path('lnk').readlink()), type(Path('lnk').readlink()).__name__)
print(Path('lnk').samefile('f'), Path('f').samefile(Path('lnk')), Path('f').samefile('dl/f'))
for op in [lambda: Path('f').readlink(), lambda: Path('missing').stat(),
           lambda: Path('missing').lstat(), lambda: Path('f').samefile('missing'),
           lambda: Path('lnk').symlink_to('other')]:
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e)
Path('f').chmod(0o640)
print(stat.filemode(Path('f').stat().st_mode))
try:
    Path('lnk').lchmod(0o600)
except NotImplementedError as e:
    print('NotImplementedError', e)
