"""In-memory streams (StringIO, BytesIO) and the names of the io module, written for Cellar.
Files themselves are the builtin open()'s objects (io.open is open)."""

__all__ = ['StringIO', 'BytesIO', 'open', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'UnsupportedOperation', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


class _Memory:
    """What StringIO and BytesIO share: a buffer, a position, and closing."""

    def __init__(self, empty, initial):
        self._empty = empty
        self._data = initial
        # Writes at the end are kept as parts and joined when the text is next read, so a
        # run of small writes costs what the text is long, not its square.
        self._parts = None
        self._size = len(initial)
        self._pos = 0
        self._closed = False

    @property
    def _buf(self):
        parts = self._parts
        if parts:
            parts.insert(0, self._data)
            self._data = self._empty.join(parts)
            self._parts = None
        return self._data

    @_buf.setter
    def _buf(self, value):
        self._data = value
        self._parts = None
        self._size = len(value)

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size + pos)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            size = len(self._buf)
        start = min(self._pos, len(self._buf))
        data = self._buf[start:start + size]
        self._pos = start + len(data)
        return data

    def readline(self, size=-1):
        self._check()
        buf = self._buf
        start = min(self._pos, len(buf))
        end = buf.find(self._newline, start)
        end = len(buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def write(self, data):
        self._check()
        n = len(data)
        if self._pos == self._size:
            parts = self._parts
            if parts is None:
                self._parts = [data]
            else:
                parts.append(data)
            self._size += n
            self._pos += n
            return n
        buf = self._buf
        if self._pos > len(buf):
            buf = buf + self._empty * (self._pos - len(buf))
        self._buf = buf[:self._pos] + data + buf[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._buf = self._buf[:size]
        return size

    def getvalue(self):
        self._check()
        return self._buf

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_Memory):
    """Text kept in memory, read and written as a file."""
    _newline = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not '
                            f'{type(initial_value).__name__}')
        if newline is None:
            initial_value = initial_value.replace('\r\n', '\n').replace('\r', '\n')
        super().__init__('', initial_value)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        return super().write(s)

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'


class BytesIO(_Memory):
    """Bytes kept in memory, read and written as a binary file."""
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        super().__init__(b'', bytes(initial_bytes))

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return super().write(bytes(b))

    def getbuffer(self):
        raise UnsupportedOperation('getbuffer')

    def read1(self, size=-1):
        return self.read(size)


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
