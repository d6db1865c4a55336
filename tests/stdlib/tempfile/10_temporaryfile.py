import os
import tempfile

before = sorted(os.listdir('.'))
with tempfile.TemporaryFile(dir='.') as f:
    f.write(b'abc')
    f.seek(0)
    print(f.read(), sorted(os.listdir('.')) == before)
with tempfile.TemporaryFile('w+', dir='.') as f:
    f.write('text')
    f.seek(0)
    print(f.read())
