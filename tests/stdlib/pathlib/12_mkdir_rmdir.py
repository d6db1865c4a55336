from pathlib import Path

d = Path('d1')
d.mkdir()
print(d.is_dir(), d.exists())
try:
    d.mkdir()
except FileExistsError as e:
    print('FileExistsError', e)
d.mkdir(exist_ok=True)
try:
    Path('x/y/z').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
Path('x/y/z').mkdir(parents=True)
print(Path('x/y/z').is_dir())
Path('x/y/z').mkdir(parents=True, exist_ok=True)
try:
    Path('x/y/z').mkdir(parents=True)
except FileExistsError as e:
    print('FileExistsError', e)
Path('f').write_text('x')
for p, kw in [('f', {'exist_ok': True}), ('f/sub', {'parents': True}), ('f', {})]:
    try:
        Path(p).mkdir(**kw)
    except OSError as e:
        print(type(e).__name__, e)
Path('m', 'n').mkdir(mode=0o700, parents=True)
print(oct(Path('m/n').stat().st_mode & 0o777))
Path('x/y/z').rmdir()
for p in ['x', 'missing', 'f']:
    try:
        Path(p).rmdir()
    except OSError as e:
        print(type(e).__name__, e)
print(sorted(str(p) for p in Path('.').iterdir()))
