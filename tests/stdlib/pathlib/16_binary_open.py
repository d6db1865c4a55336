from pathlib import Path

p = Path('b.bin')
with p.open('wb') as f:
    print(f.write(b'abc\x00'))
with p.open('rb') as f:
    print(f.read())
with open(p, 'ab') as f:
    f.write(b'!')
with open(p, 'rb') as f:
    print(f.read(2), f.read())
