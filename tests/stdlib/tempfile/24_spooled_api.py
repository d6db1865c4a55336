# SpooledTemporaryFile behaves like a file in memory: truncate, readline, seek whence, errors,
# encoding/newlines in text mode, closed state, and the context manager.
import io
import tempfile

with tempfile.SpooledTemporaryFile(max_size=1000, mode='w+', encoding='utf-8') as s:
    s.write('one\ntwo\nthree\n')
    print(s.tell(), s.encoding, s.mode)
    s.seek(0)
    print(repr(s.readline()), repr(s.readline()))
    s.truncate(4)
    s.seek(0, io.SEEK_END)
    print(s.tell())
    s.seek(0)
    print(repr(s.read()))
    print(s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.closed)
b = tempfile.SpooledTemporaryFile(max_size=1000)
b.write(b'abcdef')
b.seek(-2, io.SEEK_END)
print(b.read(), b.mode, b.name)
b.seek(0)
print(b.read(2), next(iter(b)))
try:
    b.write('str')
except TypeError as e:
    print('TypeError', e)
b.truncate(2)
b.seek(0)
print(b.read())
b.truncate()
print(b._rolled)
b.close()
try:
    b.read()
except ValueError as e:
    print('ValueError', e)
t = tempfile.SpooledTemporaryFile(mode='w+')
try:
    t.write(b'bytes')
except TypeError as e:
    print('TypeError', e)
t.close()
