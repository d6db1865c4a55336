from pathlib import Path

for f in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'sub/d.py', 'sub/e.txt', 'sub/deep/f.py',
          'other/g.py']:
    p = Path(f)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(f)
here = Path('.')
for pat in ['*.py', '*', 'sub/*', '*/*.py', '*/', '**', '**/*.py', 'sub/**/*.py', '?.txt',
            '[ab].py', 'sub', 'missing', 'sub/deep/f.py', '**/deep', '*/deep/*', 'sub/..',
            '**/*/', '.*']:
    print(pat, sorted(str(x) for x in here.glob(pat)))
print(sorted(Path('sub').glob('*')), type(here.glob('*')).__name__)
for pat in ['', '/abs', 'a**b', '**x/y']:
    try:
        list(here.glob(pat))
    except (ValueError, NotImplementedError) as e:
        print(repr(pat), type(e).__name__, e)
print(list(Path('a.py').glob('*')), list(Path('missing').glob('*')))
