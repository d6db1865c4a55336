from pathlib import Path

p = Path('b.bin')
print(p.write_bytes(b'\x00\x01\xffabc'))
print(p.read_bytes(), p.stat().st_size)
print(p.write_bytes(bytearray(b'xyz')), p.read_bytes())
print(p.write_bytes(b''), p.read_bytes())
big = bytes(range(256)) * 1000
print(p.write_bytes(big), p.read_bytes() == big)
p.write_text('text→')
print(p.read_bytes())
for bad in ['str', 5, None]:
    try:
        p.write_bytes(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    Path('missing').read_bytes()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
Path('d').mkdir()
for op in [lambda: Path('d').read_bytes(), lambda: Path('d').write_bytes(b'x')]:
    try:
        op()
    except IsADirectoryError as e:
        print('IsADirectoryError', e)
