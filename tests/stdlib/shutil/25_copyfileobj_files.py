# copyfileobj between real files: it copies from the current position to the end, writes at
# the destination's position, with any chunk length; text and binary must not be mixed.
import io
import os
import shutil

with open('src.bin', 'wb') as f:
    f.write(bytes(range(256)) * 4)
with open('src.bin', 'rb') as s, open('dst.bin', 'wb') as d:
    s.seek(1000)
    shutil.copyfileobj(s, d)
    print(s.tell(), d.tell())
with open('dst.bin', 'rb') as f:
    print(os.path.getsize('dst.bin'), f.read())
with open('src.bin', 'rb') as s, open('dst.bin', 'ab') as d:
    shutil.copyfileobj(s, d, 7)
print(os.path.getsize('dst.bin'))
for length in [1, 3, 1024, 10 ** 6, 0, -1]:
    with open('src.bin', 'rb') as s:
        out = io.BytesIO()
        shutil.copyfileobj(s, out, length)
        print(length, len(out.getvalue()), out.getvalue() == bytes(range(256)) * 4)
with open('lines.txt', 'w') as f:
    f.write('first\nsecond\nthird\n')
with open('lines.txt') as s:
    s.readline()
    out = io.StringIO()
    shutil.copyfileobj(s, out)
print(repr(out.getvalue()))
with open('lines.txt') as s, open('copy.txt', 'wb') as d:
    try:
        shutil.copyfileobj(s, d)
    except TypeError as e:
        print('TypeError', e)
with open('src.bin', 'rb') as s:
    try:
        shutil.copyfileobj(s, io.StringIO())
    except TypeError as e:
        print('TypeError', e)
try:
    shutil.copyfileobj(io.BytesIO(b'abc'), None)
except AttributeError as e:
    print('AttributeError', e)
try:
    shutil.copyfileobj(io.BytesIO(b'abc'), io.BytesIO(), 'x')
except TypeError as e:
    print('TypeError', e)
for n in ['src.bin', 'dst.bin', 'lines.txt', 'copy.txt']:
    os.remove(n)
print(os.listdir('.'))
