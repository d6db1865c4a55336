# NamedTemporaryFile's default binary mode 'w+b': partial reads, seek with whence, readline,
# the .file and .name attributes, fileno, and wrong-type writes.
import os
import tempfile

f = tempfile.NamedTemporaryFile(dir='.')
print(f.mode, type(f.name).__name__, type(f.fileno()).__name__, f.closed)
print(f.write(b'0123456789'), f.write(bytearray(b'AB')), f.write(memoryview(b'CD')))
f.seek(0)
print(f.read(3), f.read(3), f.tell())
f.seek(-2, os.SEEK_END)
print(f.read(), f.read(), f.tell())
f.seek(2)
f.seek(3, os.SEEK_CUR)
print(f.read(2))
f.seek(0)
f.write(b'\nline2\n')
f.seek(0)
print(f.readline(), f.readline(), f.readlines())
print(f.file is not f, f.readable(), f.writable(), f.seekable())
try:
    f.write('text')
except TypeError as e:
    print('TypeError', e)
try:
    f.seek(-100)
except (OSError, ValueError) as e:
    print(type(e).__name__, e)
name = f.name
f.close()
print(f.closed, os.path.exists(name))
for op in [lambda: f.read(), lambda: f.write(b'x'), lambda: f.seek(0)]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
with tempfile.NamedTemporaryFile('wb', dir='.') as g:
    g.write(b'write only')
    try:
        g.seek(0)
        g.read()
    except OSError as e:
        print(type(e).__name__, e)
print(os.listdir('.'))
