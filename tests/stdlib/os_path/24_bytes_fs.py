# Bytes paths on the file system: the queries accept bytes, results keep the type, and names
# that are not valid UTF-8 round-trip through os.fsdecode/os.fsencode (surrogateescape).
import os

raw = b'caf\xe9.txt'
with open(raw, 'wb') as f:
    f.write(b'latin-1 name')
os.mkdir(b'd\xff')
print(os.path.exists(raw), os.path.isfile(raw), os.path.getsize(raw), os.path.isdir(b'd\xff'))
names = sorted(os.listdir(b'.'))
print(names)
print(sorted(os.listdir('.')) == sorted(os.fsdecode(n) for n in names))
s = os.fsdecode(raw)
print(repr(s), os.fsencode(s) == raw, os.path.exists(s))
print(os.path.join(b'd\xff', raw), os.path.basename(os.path.join(b'd\xff', raw)))
print(os.path.splitext(raw), os.path.split(b'd\xff/' + raw))
print(repr(os.path.join(os.fsdecode(b'd\xff'), s)))
print(os.path.relpath(os.path.abspath(raw)), os.path.relpath(os.path.abspath(s)) == s)
os.symlink(raw, b'ln\xfe')
print(os.path.islink(b'ln\xfe'), os.readlink(b'ln\xfe'), repr(os.readlink(os.fsdecode(b'ln\xfe'))))
print(os.path.basename(os.path.realpath(b'ln\xfe')))
print(os.path.normpath(b'd\xff/./../' + raw), os.path.commonpath([b'd\xff/a', b'd\xff/b']))
try:
    s.encode('utf-8')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e.reason)
print(s.encode('utf-8', 'surrogateescape') == raw)
os.remove(b'ln\xfe')
os.remove(raw)
os.rmdir(b'd\xff')
print(os.listdir(b'.'))
