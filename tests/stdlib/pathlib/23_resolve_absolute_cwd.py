import os
from pathlib import Path

cwd = Path.cwd()
print(type(cwd).__name__, cwd.is_absolute(), str(cwd) == os.getcwd())
Path('a/b').mkdir(parents=True)
Path('la').symlink_to('a/b')
Path('loop1').symlink_to('loop2')
Path('loop2').symlink_to('loop1')
real = Path(os.path.realpath(os.getcwd()))
for p in ['.', 'a', 'la', 'la/..', 'a/../a/b', 'missing/x', '']:
    r = Path(p).resolve()
    print(repr(p), r.is_absolute(), r.relative_to(real))
print(Path('la').resolve(strict=True).relative_to(real))
for p in ['missing']:
    try:
        Path(p).resolve(strict=True)
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
for strict in [False, True]:
    try:
        Path('loop1').resolve(strict=strict)
    except RuntimeError as e:
        print('RuntimeError', str(e).replace(str(real), '<cwd>'))
    except OSError as e:
        print(type(e).__name__, e.errno)
for p in ['x/../y', '.', 'a', '/abs/x']:
    a = Path(p).absolute()
    print(repr(p), a.is_absolute(), a == cwd / p if not p.startswith('/') else a)
print(Path('/').resolve(), Path('/..').resolve())
os.chdir('a')
print(Path.cwd().name, Path('.').resolve().name)
