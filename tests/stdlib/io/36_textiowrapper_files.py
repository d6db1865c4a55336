# Text files in the encodings with a BOM or wider units (utf-16, utf-32, utf-8-sig): through
# io.TextIOWrapper over a binary file, and through open()/io.open; the BOM is written once at
# the start of the stream, not when appending to a non-empty file nor after seeking away from 0.
import io
import os
import tempfile

tmp = tempfile.TemporaryDirectory()
os.chdir(tmp.name)


def raw(name):
    with open(name, 'rb') as f:
        return f.read()


print('-- TextIOWrapper over binary files')
for enc in ['utf-16', 'utf-32', 'utf-8-sig', 'utf-16-be']:
    with io.TextIOWrapper(open('w.txt', 'wb'), encoding=enc) as t:
        print(repr(t), t.mode if hasattr(t, 'mode') else '-', type(t.buffer).__name__)
        t.write('first\nsecond\n')
        t.writelines(['th\u00efrd\n', 'f\u20acurth'])
    print(enc, raw('w.txt'))
    with io.TextIOWrapper(open('w.txt', 'rb'), encoding=enc) as t:
        print(t.readline(), end='')
        c = t.tell()
        print(t.readlines())
        t.seek(c)
        print(repr(t.read(3)), t.readable(), t.writable(), t.seekable())
    with io.TextIOWrapper(open('w.txt', 'r+b'), encoding=enc) as t:
        print(repr(t.read(5)))
        t.seek(0, 2)
        t.write('!')
    print(raw('w.txt')[-8:])
    with io.TextIOWrapper(open('w.txt', 'ab'), encoding=enc) as t:
        t.write('+')
    print(raw('w.txt')[-8:])
    with io.TextIOWrapper(open('w.txt', 'rb'), encoding=enc) as t:
        print(repr(t.read()))

print('-- open() with these encodings')
for enc in ['utf-16', 'UTF-32', 'utf-8-sig', 'utf-32-le', 'utf_16']:
    with open('o.txt', 'w', encoding=enc) as f:
        print(repr(f), f.mode, f.name, f.encoding, f.errors, f.line_buffering, type(f.buffer).__name__)
        print(f.write('ab\n'), f.tell())
        f.write('c\u00e9\n')
    print(enc, raw('o.txt'))
    with open('o.txt', 'a', encoding=enc) as f:
        print(repr(f), f.tell())
        f.write('d')
    print(raw('o.txt'))
    with open('o.txt', encoding=enc) as f:
        print(repr(f), f.readlines(), f.newlines)
    with io.open('o.txt', 'r+', encoding=enc) as f:
        print(repr(f), repr(f.readline()))
        f.seek(0)
        f.write('A')
        f.seek(0, 2)
        f.write('Z')
    print(raw('o.txt'))
    with open('o.txt', 'w+', encoding=enc) as f:
        f.write('one')
        f.seek(0)
        print(repr(f.read()), f.tell())
        f.seek(0)
        f.truncate()
        f.write('two')
        f.seek(0)
        print(repr(f.read()))
    print(raw('o.txt'))
    with open('n.txt', 'a', encoding=enc) as f:
        f.write('new')
    print(raw('n.txt'))
    os.remove('n.txt')

print('-- BOM and seek')
with open('s.txt', 'w', encoding='utf-16') as f:
    f.write('abc')
    f.seek(2)  # after the BOM: no second BOM
    f.write('X')
    f.flush()
    print(raw('s.txt'))
    f.seek(0)  # at the start: the BOM again
    f.write('Y')
print(raw('s.txt'))
with open('s.txt', 'w', encoding='utf-8-sig') as f:
    f.write('abc')
with open('s.txt', 'r+', encoding='utf-8-sig') as f:
    print(repr(f.read()))
    f.write('tail')  # CPython writes a BOM here: the encoder still stands at the start
print(raw('s.txt'))
with open('s.txt', 'r+', encoding='utf-8-sig') as f:
    f.seek(0, 2)
    f.write('tail')
print(raw('s.txt'))
with open('s.txt', 'w', encoding='utf-32') as f:
    f.write('')
print(raw('s.txt'))
with open('s.txt', 'a', encoding='utf-32') as f:
    f.write('a')
print(raw('s.txt'))

print('-- newline, errors, buffering')
with open('l.txt', 'w', encoding='utf-16', newline='\r\n') as f:
    f.write('x\ny\n')
print(raw('l.txt'))
for newline in [None, '', '\n', '\r\n']:
    with open('l.txt', encoding='utf-16', newline=newline) as f:
        print(repr(newline), f.readlines(), repr(f.newlines))
with open('l.txt', 'w', encoding='utf-16-le', errors='strict') as f:
    f.write('ok')
with open('l.txt', 'ab') as f:
    f.write(b'\x00\xd8')  # a lone high surrogate
for errors in ['strict', 'replace', 'ignore']:
    with open('l.txt', encoding='utf-16-le', errors=errors) as f:
        try:
            print(errors, repr(f.read()))
        except UnicodeDecodeError as e:
            print(errors, type(e).__name__, e)
with open('l.txt', 'w', encoding='utf-16', buffering=1) as f:
    print(f.line_buffering, f.write_through)
    f.write('abc')
    print(raw('l.txt'))
    f.write('\n')
    print(raw('l.txt'))
with open('l.txt', 'w', encoding='utf-16', buffering=5) as f:
    print(f.line_buffering, f.buffer.raw.mode)
for mode in ['rt', 'r+t', 'at', 'xt']:
    try:
        with open('l.txt', mode, encoding='utf-32') as f:
            print(mode, repr(f))
    except OSError as e:
        print(mode, type(e).__name__, e.strerror)
try:
    open('missing/x.txt', 'w', encoding='utf-16')
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    open('l.txt', 'w', encoding='utf-16', newline='x')
except ValueError as e:
    print(type(e).__name__, e)
print(raw('l.txt'))
with open('l.txt', 'rb') as b:
    fd = b.fileno()
    with open(fd, encoding='utf-32', closefd=False) as f:
        print(f.name == fd, f.mode, f.read() == '', f.fileno() == fd)
    print(b.closed)
f = open('l.txt', 'w', encoding='utf-16')
f.write('left open')
del f  # collecting the file closes it, which flushes it
print(raw('l.txt'))
print(sorted(os.listdir('.')))

os.chdir('/')
tmp.cleanup()
