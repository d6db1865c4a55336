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


class _BinaryFile:
    """A file open() opened in binary mode: reads and writes bytes through the posix calls,
    with a read buffer (CPython's BufferedReader, BufferedWriter or BufferedRandom)."""

    def __init__(self, name, mode):
        import posix
        self._closed = True
        self._posix = posix
        kind = [c for c in mode if c in 'rwax']
        if len(kind) != 1 or any(c not in 'rwaxb+' for c in mode) or len(set(mode)) != len(mode):
            raise ValueError(f"invalid mode: '{mode}'")
        kind = kind[0]
        plus = '+' in mode
        flags = {'r': 0, 'w': posix.O_CREAT | posix.O_TRUNC, 'a': posix.O_CREAT | posix.O_APPEND,
                 'x': posix.O_CREAT | posix.O_EXCL}[kind]
        if plus:
            flags |= posix.O_RDWR
        elif kind == 'r':
            flags |= posix.O_RDONLY
        else:
            flags |= posix.O_WRONLY
        path = name if isinstance(name, str) else name.decode()
        self._fd = posix.open(path, flags, 0o666)
        self.name = name
        # FileIO's mode string: created, appending, readable, or write-only.
        self.mode = {'r': 'rb', 'w': 'wb', 'a': 'ab', 'x': 'xb'}[kind] if not plus else \
            {'r': 'rb+', 'w': 'rb+', 'a': 'ab+', 'x': 'xb+'}[kind]
        self._readable = kind == 'r' or plus
        self._writable = kind != 'r' or plus
        self._rbuf = b''
        self._closed = False
        self._kind = ('BufferedRandom' if plus else
                      'BufferedReader' if kind == 'r' else 'BufferedWriter')

    def __repr__(self):
        return f'<_io.{self._kind} name={self.name!r}>'

    def _check(self, what=None):
        if self._closed:
            raise ValueError(f'{what} of closed file' if what else 'I/O operation on closed file.')

    @property
    def closed(self):
        return self._closed

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return self._posix.isatty(self._fd)

    def flush(self):
        self._check('flush')

    def _fill(self, n):
        chunk = self._posix.read(self._fd, max(n, DEFAULT_BUFFER_SIZE))
        self._rbuf += chunk
        return bool(chunk)

    def read(self, size=-1):
        self._check('read')
        if not self._readable:
            raise UnsupportedOperation('read')
        if size is None or size < 0:
            parts = [self._rbuf]
            self._rbuf = b''
            while True:
                chunk = self._posix.read(self._fd, 1 << 16)
                if not chunk:
                    break
                parts.append(chunk)
            return b''.join(parts)
        while len(self._rbuf) < size and self._fill(size - len(self._rbuf)):
            pass
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    read1 = read

    def readline(self, size=-1):
        self._check('readline')
        if not self._readable:
            raise UnsupportedOperation('read')
        while True:
            i = self._rbuf.find(b'\n')
            if i >= 0 or (size is not None and 0 <= size <= len(self._rbuf)):
                end = i + 1 if i >= 0 else len(self._rbuf)
                if size is not None and size >= 0:
                    end = min(end, size)
                line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
                return line
            if not self._fill(DEFAULT_BUFFER_SIZE):
                line, self._rbuf = self._rbuf, b''
                return line

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

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _drop_read_buffer(self):
        if self._rbuf:
            self._posix.lseek(self._fd, -len(self._rbuf), SEEK_CUR)
            self._rbuf = b''

    def write(self, data):
        self._check('write')
        if not self._writable:
            raise UnsupportedOperation('write')
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        self._drop_read_buffer()
        done = 0
        while done < len(data):
            done += self._posix.write(self._fd, data[done:])
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check('seek')
        if whence not in (0, 1, 2):
            raise ValueError(f'whence value {whence} unsupported')
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self._posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check('tell')
        return self._posix.lseek(self._fd, 0, SEEK_CUR) - len(self._rbuf)

    def truncate(self, size=None):
        self._check('truncate')
        if not self._writable:
            raise UnsupportedOperation('truncate')
        if size is None:
            size = self.tell()
        self._drop_read_buffer()
        self._posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self._closed:
            self._closed = True
            self._posix.close(self._fd)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        if not self._closed:
            self.close()


def _open_binary(name, mode):
    return _BinaryFile(name, mode)
