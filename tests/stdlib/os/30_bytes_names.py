# Bytes paths whose names are not UTF-8: the bytes reach the system unchanged, names the
# system returns stay bytes, and errors name the bytes object given.
import glob
import os
import shutil

raw = b'caf\xe9.txt'
with open(raw, 'wb') as f:
    f.write(b'latin-1 name')
with open(raw, 'a') as f:
    f.write(' and text')
with open(raw) as f:
    print(repr(f.read()))
os.mkdir(b'd\xff')
with open(b'd\xff/in\xfe', 'w') as f:
    f.write('x')
print(sorted(os.listdir(b'.')), sorted(os.listdir(b'd\xff')))
print(os.path.getsize(raw), os.path.isdir(b'd\xff'), os.path.exists(b'd\xff/in\xfe'))
print(sorted(e.name for e in os.scandir(b'.')))
for top, dirs, files in os.walk(b'.'):
    print(top, sorted(dirs), sorted(files))
print(sorted(glob.glob(b'*')), glob.glob(b'd\xff/*'))
os.symlink(raw, b'ln\xfe')
print(os.readlink(b'ln\xfe'), os.path.islink(b'ln\xfe'))
os.rename(b'ln\xfe', b'ln2\xfe')
st = os.stat(b'ln2\xfe')
print(st.st_size)
for call in (lambda: open(b'missing\xff'), lambda: open(b'missing\xff', 'rb'),
             lambda: os.stat(b'no\xfe'), lambda: os.listdir(b'no\xfe'),
             lambda: os.rename(b'no\xfe', b'other\xfd'), lambda: open(b'd\xff', 'w'),
             lambda: os.remove(b'd\xff'), lambda: os.rmdir(raw)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, repr(e.filename), repr(e.filename2))
shutil.copy(raw, b'copy\xf0')
with open(b'copy\xf0', 'rb') as f:
    print(f.read())
os.remove(b'copy\xf0')
os.remove(b'ln2\xfe')
os.remove(raw)
os.remove(b'd\xff/in\xfe')
os.rmdir(b'd\xff')
print(os.listdir(b'.'))
for bad in (bytearray(b'x'), memoryview(b'x')):
    try:
        open(bad)
    except TypeError as e:
        print('TypeError', e)
