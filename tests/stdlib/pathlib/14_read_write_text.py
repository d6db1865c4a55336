from pathlib import Path

p = Path('t.txt')
print(p.write_text('line1\nline2\n'))
print(repr(p.read_text()))
print(p.write_text('héllo wörld', encoding='utf-8'))
print(p.read_text(encoding='utf-8'), p.stat().st_size)
print(p.write_text(''), repr(p.read_text()))
print(p.write_text('a\r\nb\rc\n'))
print(repr(p.read_text()))
try:
    p.write_text(b'bytes')
except TypeError as e:
    print('TypeError', e)
try:
    p.write_text(5)
except TypeError as e:
    print('TypeError', e)
for name in ['missing.txt', 'nodir/x.txt']:
    try:
        Path(name).read_text()
    except FileNotFoundError as e:
        print('FileNotFoundError', e)
try:
    Path('nodir/x.txt').write_text('x')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
Path('d').mkdir()
try:
    Path('d').read_text()
except IsADirectoryError as e:
    print('IsADirectoryError', e)
with p.open('w') as f:
    f.write('via open\n')
    f.write('second\n')
with p.open() as f:
    print(f.readline().rstrip(), f.read().rstrip())
with p.open(mode='a') as f:
    f.write('third\n')
print(p.read_text().splitlines())
