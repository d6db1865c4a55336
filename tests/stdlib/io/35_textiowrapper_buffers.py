# io.TextIOWrapper over a BytesIO and over a user-written buffer class: reading, lines,
# iteration, tell()/seek() cookies with multi-byte and BOM encodings, newline modes, detach,
# constructor errors and decode errors.
import io

text = 'ab\r\ncd\ref\ngh\u20acij\U0001d11ekl\r\n\r\nmn\n'

print('-- cookies: tell before each line, then seek back and read')
for enc in ['utf-8', 'utf-16', 'utf-8-sig', 'utf-32', 'utf-16-be', 'utf-32-le']:
    data = text.encode(enc)
    for chunk in [1, 3, 8192]:
        t = io.TextIOWrapper(io.BytesIO(data), encoding=enc)
        t._CHUNK_SIZE = chunk
        cookies = []
        lines = []
        while True:
            cookies.append(t.tell())
            line = t.readline()
            if not line:
                break
            lines.append(line)
        back = []
        for c in cookies:
            t.seek(c)
            back.append(t.read(2))
        # every character's position, then each one read again from its cookie
        t.seek(0)
        where = []
        while True:
            p = t.tell()
            ch = t.read(1)
            if not ch:
                break
            where.append((p, ch))
        same = all(t.seek(p) == p and t.read(1) == ch for p, ch in where)
        print(enc, chunk, lines if chunk == 1 else len(lines), back, same)
        if chunk == 3:
            print('   ', cookies)

print('-- newline modes')
for newline in [None, '', '\n', '\r', '\r\n']:
    for enc in ['utf-16', 'utf-8']:
        t = io.TextIOWrapper(io.BytesIO(text.encode(enc)), encoding=enc, newline=newline)
        print(repr(newline), enc, t.readlines(), t.newlines)
        t.seek(0)
        print('   ', [t.readline(4), t.readline(1), t.readline(0), t.readline(-1), t.readline()])
        t.seek(0)
        print('   ', repr(t.read(7)), repr(t.read()))
for newline in [None, '', '\n', '\r', '\r\n']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='utf-16-le', newline=newline)
    t.write('one\ntwo\r\nthree\r')
    t.flush()
    print(repr(newline), b.getvalue().decode('utf-16-le').encode())

print('-- iteration')
t = io.TextIOWrapper(io.BytesIO('x\ny\nz'.encode('utf-32')), encoding='utf-32')
for line in t:
    print(repr(line))
    try:
        t.tell()
    except OSError as e:
        print('   ', type(e).__name__, e)
print(t.tell())
t.seek(0)
print(next(t), t.readlines(1))
try:
    t.tell()
except OSError as e:
    print(type(e).__name__, e)
print(repr(t.read()))
t.flush()  # flushing makes tell() work again
print(t.tell())


class Store:
    """A minimal binary buffer (no read1: TextIOWrapper then calls read), logging calls."""

    def __init__(self, data=b''):
        self.data = bytearray(data)
        self.pos = 0
        self.closed = False

    def readable(self):
        print('    readable')
        return True

    def writable(self):
        print('    writable')
        return True

    def seekable(self):
        print('    seekable')
        return True

    def read(self, n=-1):
        print('    read', n)
        if n is None or n < 0:
            n = len(self.data)
        n = min(n, 5)
        b = bytes(self.data[self.pos:self.pos + n])
        self.pos += len(b)
        return b

    def write(self, b):
        print('    write', bytes(b))
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)

    def tell(self):
        print('    tell')
        return self.pos

    def seek(self, pos, whence=0):
        print('    seek', pos, whence)
        self.pos = pos if whence == 0 else len(self.data) + pos
        return self.pos

    def flush(self):
        print('    flush')

    def close(self):
        print('    close')
        self.closed = True


print('-- a user buffer')
s = Store('\ufeffh\xe9\nllo\nend'.encode('utf-8'))
t = io.TextIOWrapper(s, encoding='utf-8-sig')
print(repr(t), t.name if hasattr(t, 'name') else 'no name')
print(repr(t.readline()))
c = t.tell()
print(c, repr(t.readline()))
t.seek(c)
print(repr(t.read(2)))
print(t.write('!'), t.write('?'))
print(s.data)
t.flush()
print(s.data)
t.seek(0, 2)
print(t.tell())
print(t.detach() is s, t.buffer)
print(repr(t))

print('-- BOM written once, at the start')
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-16')
t.write('')
t.write('a')
t.write('b')
t.flush()
print(b.getvalue())
t.seek(0)
t.write('A')
t.seek(0, 2)
t.write('C')
t.flush()
print(b.getvalue())
t.seek(2)
t.write('B')
t.flush()
print(b.getvalue())
try:
    t.read()  # a write resets the decoder, which then wants a BOM
except UnicodeError as e:
    print(type(e).__name__, e)
t.seek(0)
print(repr(t.read()))
b = io.BytesIO(b'xyz')
b.seek(3)
t = io.TextIOWrapper(b, encoding='utf-8-sig')
t.write('w')
t.flush()
print(b.getvalue())

print('-- detach and closed')
b = io.BytesIO('abc'.encode('utf-16'))
t = io.TextIOWrapper(b, encoding='utf-16')
print(t.read(1))
raw = t.detach()
print(raw is b, raw.tell(), t.encoding, t.errors, t.buffer)
for name in ['read', 'readline', 'tell', 'flush', 'close', 'fileno', 'isatty', 'readable',
             'writable', 'seekable', 'detach', '__next__', '__iter__', '__enter__',
             'truncate']:
    try:
        getattr(t, name)()
    except Exception as e:
        print(name, type(e).__name__, e)
for name in ['closed', 'name', 'newlines', 'line_buffering', 'write_through']:
    try:
        print(name, getattr(t, name))
    except Exception as e:
        print(name, type(e).__name__, e)
for call in [lambda: t.write('x'), lambda: t.writelines([]), lambda: t.seek(0)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(t))
b = io.BytesIO(b'abc')
t = io.TextIOWrapper(b, encoding='ascii')
t.close()
print(t.closed, b.closed)
t.close()
for name in ['read', 'readline', 'tell', 'flush', 'detach', '__next__', '__iter__',
             '__enter__', 'readable', 'seekable', 'truncate']:
    try:
        getattr(t, name)()
    except Exception as e:
        print(name, type(e).__name__, e)
for call in [lambda: t.write('x'), lambda: t.writelines([]), lambda: t.seek(0), lambda: t.newlines,
             lambda: t.name]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
b = io.BytesIO(b'abc')
t = io.TextIOWrapper(b)
del t
print('collected closes the buffer:', b.closed)

print('-- constructor errors')
for args, kwargs in [((), {}), ((io.BytesIO(),), {'encoding': 1}), ((io.BytesIO(),), {'errors': 1}),
                     ((io.BytesIO(),), {'newline': 1}), ((io.BytesIO(),), {'newline': 'x'}),
                     ((io.BytesIO(),), {'encoding': 'a\0'}), ((io.BytesIO(),), {'encoding': 'nope'}),
                     ((io.BytesIO(),), {'encoding': 'rot13'}), ((io.BytesIO(),), {'foo': 1}),
                     ((io.BytesIO(), 'utf-8'), {'encoding': 'ascii'}),
                     ((io.BytesIO(), 'utf-8', None, None, 0, 0, 0), {}),
                     ((io.BytesIO(),), {'line_buffering': 'yes'}),
                     ((io.BytesIO(),), {'errors': 1, 'newline': 1}),
                     ((io.BytesIO(),), {'errors': 1, 'encoding': 'nope'}),
                     ((io.BytesIO(),), {'newline': 'x', 'encoding': 'nope'}),
                     ((5,), {})]:
    try:
        t = io.TextIOWrapper(*args, **kwargs)
        print('made', repr(t))
    except Exception as e:
        print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(), line_buffering=7, write_through=True)
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.newlines)

print('-- decode and encode errors')
bad = b'ok\n\xff\xfe bad\nend \xe2\x82'
for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
    t = io.TextIOWrapper(io.BytesIO(bad), encoding='utf-8', errors=errors)
    try:
        print(errors, [t.readline() for _ in range(4)])
    except UnicodeDecodeError as e:
        print(errors, type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b'ab'), encoding='utf-16')
try:
    t.read()
except UnicodeError as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(b'\xff\xfea\x00b'), encoding='utf-16')
try:
    t.read()
except UnicodeError as e:
    print(type(e).__name__, e)
# a bad sequence split across chunks, and a utf-16 stream without its BOM
for data, enc in [(b'ab\xe2\xef\xbb\xbfcd', 'utf-8'), (b'ab\xe2\x82', 'utf-8'),
                  (b'\xff\xfea\x00\x00\xd8\x00\xd8b\x00', 'utf-16'),
                  (b'a\x00\x00\xdcb\x00', 'utf-16'), (b'a\x00b\x00', 'utf-16'),
                  (b'\x00\x00\x00a', 'utf-32'), (b'a\x00\x00\x00', 'utf-32')]:
    for chunk in [1, 2, 3, 8192]:
        for errors in ['strict', 'replace']:
            t = io.TextIOWrapper(io.BytesIO(data), encoding=enc, errors=errors)
            t._CHUNK_SIZE = chunk
            try:
                print(enc, chunk, errors, ascii(t.read()))
            except UnicodeError as e:
                print(enc, chunk, errors, type(e).__name__, e)
for errors in ['strict', 'replace', 'xmlcharrefreplace']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='ascii', errors=errors)
    try:
        t.write('caf\xe9 \u20ac')
        t.flush()
        print(errors, b.getvalue())
    except UnicodeEncodeError as e:
        print(errors, type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
for bad in [b'x', None, 5]:
    try:
        t.write(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    t.writelines(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
print(t.buffer.getvalue())
