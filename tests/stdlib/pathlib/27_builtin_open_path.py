from pathlib import Path

p = Path('t.txt')
p.write_text('one\ntwo\n')
with open(p) as f:
    print(f.readlines())
with open(p, 'a') as f:
    f.write('three\n')
print(p.read_text().split())
try:
    open(Path('missing'))
except FileNotFoundError as e:
    print('FileNotFoundError', e, repr(e.filename))
