from pathlib import Path

for f in ['a.py', 'x/b.py', 'x/y/c.py', 'x/y/z/d.txt', '.h/e.py']:
    p = Path(f)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(f)
Path('x/link').symlink_to('y', target_is_directory=True)
for pat in ['*.py', '*', 'y', 'y/*', '*/', 'z/*.txt', '', '*.txt']:
    print(repr(pat), sorted(str(p) for p in Path('.').rglob(pat)))
print(sorted(str(p) for p in Path('x').rglob('*.py')))
for pat in ['/abs']:
    try:
        list(Path('.').rglob(pat))
    except NotImplementedError as e:
        print('NotImplementedError', e)
