# NamedTemporaryFile in text mode 'w+': write, seek back and read, readline, tell, iteration,
# truncate, and an explicit encoding and newline.
import os
import tempfile

with tempfile.NamedTemporaryFile('w+', dir='.', suffix='.txt') as f:
    print(f.mode, f.name == f.file.name)
    print(f.write('alpha\n'), f.write('béta\n'), f.write('gamma'))
    pos = f.tell()
    f.seek(0)
    print(repr(f.readline()), repr(f.readline()))
    f.seek(0)
    print(f.read())
    f.seek(0)
    print([line.rstrip('\n') for line in f])
    f.seek(0)
    print(f.readlines())
    f.seek(0, os.SEEK_END)
    print(f.tell() == pos)
    f.seek(6)
    f.truncate()
    f.seek(0)
    print(repr(f.read()))
    print(os.path.basename(f.name).startswith('tmp'), os.path.exists(f.name))
with tempfile.NamedTemporaryFile('w+', dir='.', encoding='latin-1', newline='\r\n') as f:
    f.write('café\nend\n')
    f.flush()
    with open(f.name, 'rb') as raw:
        print(raw.read())
    f.seek(0)
    print(repr(f.read()))
print(os.listdir('.'))
