# TextIOWrapper.reconfigure(), line_buffering and write_through (when the encoded text reaches
# the buffer and when the buffer is flushed), _CHUNK_SIZE, and repr/name/mode and the
# read-only attributes.
import io


class Sink(io.BytesIO):
    """A BytesIO that reports what reaches it."""

    def write(self, b):
        print('    write', bytes(b))
        return super().write(b)

    def flush(self):
        print('    flush')
        return super().flush()


print('-- pending text goes to the buffer on flush, or when _CHUNK_SIZE is reached')
s = Sink()
t = io.TextIOWrapper(s, encoding='utf-8')
print(t.write('ab'), t.write('cd\n'))
print(s.getvalue())
t._CHUNK_SIZE = 4
print(t._CHUNK_SIZE)
t.write('e')
t.write('fghij')
t.write('kl')
t.flush()
t._CHUNK_SIZE = 8192
print(s.getvalue())

print('-- line_buffering: a write with a line ending flushes')
s = Sink()
t = io.TextIOWrapper(s, encoding='utf-16-le', line_buffering=True)
print(t.line_buffering, t.write_through)
t.write('no end')
t.write(' line\n')
t.write('cr\r')
t.write('tail')
print(s.getvalue())
t.reconfigure(line_buffering=False)
print(t.line_buffering)
t.write('more\n')
print(s.getvalue())
t.flush()

print('-- write_through: each write reaches the buffer, unflushed')
s = Sink()
t = io.TextIOWrapper(s, encoding='ascii', write_through=True)
print(t.write_through)
t.write('x')
t.write('y\n')
t.reconfigure(write_through=False)
t.write('z')
print(s.getvalue())
t.reconfigure(write_through=1, line_buffering=0)
print(t.write_through, t.line_buffering)
t.close()

print('-- reconfigure encoding, errors, newline')
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='ascii', newline='\r\n')
t.write('a\n')
t.reconfigure(encoding='latin-1')
print(t.encoding, t.errors)
t.write('\xe9\n')
t.reconfigure(errors='replace')
print(t.encoding, t.errors)
t.write('\u20ac')
t.reconfigure(encoding='utf-8')
print(t.encoding, t.errors)
t.write('\u20ac')
t.reconfigure(newline=None)
t.write('\n')
t.reconfigure(newline='\r')
t.write('\n')
t.reconfigure(encoding='utf-16')  # not at the start of the stream: no BOM
t.write('w')
t.flush()
print(b.getvalue())
t.seek(0)
t.reconfigure(encoding='latin-1', newline='')
print(t.readlines(), t.newlines)
for kwargs in [{'encoding': 'ascii'}, {'errors': 'strict'}, {'newline': None}, {'newline': '\n'},
               {'line_buffering': True}, {'write_through': True}]:
    t.seek(0)
    t.read(1)
    try:
        print(kwargs, t.reconfigure(**kwargs))
    except Exception as e:
        print(kwargs, type(e).__name__, e)
t.read()  # after reading everything the read-ahead is empty again
t.reconfigure(encoding='ascii', errors='replace', newline=None)
print(t.encoding, t.errors, t.line_buffering, t.write_through)
t.seek(0)
print(t.readlines(), t.newlines)
for kwargs in [{'encoding': 5}, {'errors': b'x'}, {'newline': 1}, {'newline': 'x'},
               {'encoding': 'nope'}, {'encoding': 'rot13'}, {'line_buffering': 'x'},
               {'write_through': 2.5}]:
    try:
        print(kwargs, t.reconfigure(**kwargs))
    except Exception as e:
        print(kwargs, type(e).__name__, e)
print(t.encoding, t.errors, t.line_buffering, t.write_through)
for args, kwargs in [(('utf-8',), {}), ((), {'encodings': 'utf-8'})]:
    try:
        t.reconfigure(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='ascii')
t.reconfigure(encoding='utf-8-sig')  # still at the start: the BOM is written
t.write('s')
t.flush()
print(b.getvalue())
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='ascii')
t.reconfigure(encoding='locale')
print(t.encoding)
t.close()
try:
    t.reconfigure(encoding='ascii')
except ValueError as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
t.detach()
try:
    t.reconfigure(line_buffering=True)
except ValueError as e:
    print(type(e).__name__, e)

print('-- _CHUNK_SIZE')
t = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='ascii')
for value in [10, 0, -1, 'x', 1.5, True]:
    try:
        t._CHUNK_SIZE = value
        print(value, t._CHUNK_SIZE)
    except Exception as e:
        print(value, type(e).__name__, e)
try:
    del t._CHUNK_SIZE
except AttributeError as e:
    print(type(e).__name__, e)

print('-- repr, name, mode and the read-only attributes')
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-16')
print(repr(t))
b.name = 'mem.txt'
print(repr(t), t.name)
t.mode = 'w+'
print(repr(t), t.__dict__)
b.name = 42
print(repr(t))
t.detach()
print(repr(t))
for name in ['encoding', 'buffer', 'line_buffering', 'write_through', 'errors', 'name',
             'newlines', 'closed']:
    t2 = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
    try:
        setattr(t2, name, 'x')
    except AttributeError as e:
        print('set', name, type(e).__name__, e)
    try:
        delattr(t2, name)
    except AttributeError as e:
        print('del', name, type(e).__name__, e)
t2.extra = 1
print(t2.extra, t2.__dict__)
try:
    t2.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(type(t2).__name__, type(t2).__module__, isinstance(t2, io.TextIOWrapper),
      isinstance(t2, io.TextIOBase), isinstance(t2, io.IOBase), issubclass(type(t2), io.TextIOWrapper))
with io.TextIOWrapper(io.BytesIO(), encoding='utf-8') as t3:
    print(t3.closed)
print(t3.closed)
try:
    t2.__reduce_ex__(2)  # what copy and pickle call
except TypeError as e:
    print(type(e).__name__, e)


class Named(io.BytesIO):
    def __init__(self, name):
        super().__init__()
        self._name = name

    @property
    def name(self):
        if self._name == 'boom':
            raise KeyError('boom')
        if self._name == 'self':
            return self.wrapper
        return self._name


for name in ['n.txt', 'self', 'boom']:
    b = Named(name)
    t = io.TextIOWrapper(b, encoding='ascii')
    b.wrapper = t
    try:
        print(repr(t))
    except Exception as e:
        print(type(e).__name__, e)
    t.detach()
