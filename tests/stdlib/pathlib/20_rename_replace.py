from pathlib import Path

a = Path('a.txt')
a.write_text('A')
b = a.rename('b.txt')
print(repr(b), a.exists(), b.read_text())
c = b.rename(Path('c.txt'))
print(repr(c), type(c).__name__)
Path('d.txt').write_text('D')
e = c.replace('d.txt')
print(repr(e), e.read_text())
Path('dir').mkdir()
f = e.rename('dir/f.txt')
print(repr(f), sorted(str(p) for p in Path('.').rglob('*')))
for op in [lambda: Path('missing').rename('x'), lambda: Path('missing').replace('y'),
           lambda: Path('dir').rename('dir/sub')]:
    try:
        op()
    except OSError as e:
        print(type(e).__name__, e)
