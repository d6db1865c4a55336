from pathlib import Path

base = Path('base')
(base / 'sub').mkdir(parents=True)
(base / 'a.txt').write_text('a')
(base / '.hidden').write_text('h')
(base / 'sub' / 'inner.py').write_text('i')
it = base.iterdir()
print(type(it).__name__)
print(sorted(it))
print(sorted(p.name for p in Path('base/sub').iterdir()))
print(sorted(Path('.').iterdir()))
print(sorted(Path().iterdir()))
print(sorted(x.is_dir() for x in base.iterdir()))
for p in ['missing', 'base/a.txt']:
    try:
        list(Path(p).iterdir())
    except OSError as e:
        print(type(e).__name__, e)
g = Path('missing').iterdir()
print('lazy ok')
