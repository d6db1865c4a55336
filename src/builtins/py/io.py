"""Cellar's implementation of the io module: the stream classes and their abstract bases.

It owns StringIO and BytesIO (streams in memory), FileIO (the raw file open() makes for a
binary mode) with BufferedReader, BufferedWriter and BufferedRandom over it (what open()
returns for 'rb', 'wb'/'ab'/'xb' and the '+' modes), BufferedRWPair, IncrementalNewlineDecoder,
and the abstract classes IOBase, RawIOBase, BufferedIOBase and TextIOBase. Text files are the
interpreter's own objects (class io.TextIOWrapper); io.open is the builtin open()."""

import abc
import sys as _sys
import posix as _posix

from _cellar import UnsupportedOperation, install_stringio
from operator import index as _index

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding',
           'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open
BlockingIOError = BlockingIOError
TextIOWrapper = type(_sys.__stdout__)

_MAXSIZE = _sys.maxsize
_CLOSED = 'I/O operation on closed file'
_CLOSED_DOT = 'I/O operation on closed file.'
_EXPORTS = 'Existing exports of data: object cannot be re-sized'


def _size(size):
    """A size argument (read, readline, truncate): an int, or None for -1."""
    if size is None:
        return -1
    try:
        index = type(size).__index__
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") \
            from None
    size = index(size)
    if not -_MAXSIZE - 1 <= size <= _MAXSIZE:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return size


def _ssize(n):
    """An integer argument that must fit a C ssize_t (seek positions of memory streams)."""
    if n.__class__ is not int:
        n = _index(n)
    if not -_MAXSIZE - 1 <= n <= _MAXSIZE:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n


def _bytes_of(b):
    """The bytes of a bytes-like object, for the write methods."""
    if b.__class__ is bytes or b.__class__ is bytearray:
        return b
    try:
        view = memoryview(b)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None
    data = view.tobytes()
    view.release()
    return data


def _writable_view(b, what):
    """A byte view of a read-write buffer, for the readinto methods."""
    try:
        view = memoryview(b)
    except TypeError:
        view = None
    if view is None or view.readonly:
        raise TypeError(f'{what}() argument must be read-write bytes-like object, '
                        f'not {type(b).__name__}')
    if view.format != 'B' or view.ndim != 1:
        view = view.cast('B')
    return view


def _tp_name(obj):
    """The name CPython's messages give the type: '_io.X' for this module's classes."""
    cls = type(obj)
    if cls.__module__ == '_io':
        return '_io.' + cls.__name__
    return cls.__name__


def _no_attribute(self, name):
    raise AttributeError(f"'{_tp_name(self)}' object has no attribute '{name}'")


# The concrete bases (CPython's _io._IOBase and its three children): default methods written
# in terms of the others.

class _IOBase:
    """The methods every stream has, in terms of read, write, seek and close."""
    __module__ = '_io'

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def flush(self):
        if self.closed:
            raise ValueError(_CLOSED_DOT)

    def close(self):
        if not self.__dict__.get('__IOBase_closed'):
            try:
                self.flush()
            finally:
                self.__dict__['__IOBase_closed'] = True

    @property
    def closed(self):
        return self.__dict__.get('__IOBase_closed', False)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED_DOT if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.' if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.' if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.' if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        if size.__class__ is not int:
            size = _size(size)
        peek = getattr(self, 'peek', None)
        res = bytearray()
        while size < 0 or len(res) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if not isinstance(ahead, bytes):
                    raise OSError('peek() should have returned a bytes object, '
                                  f'not {type(ahead).__name__!r}')
                if ahead:
                    limit = len(ahead) if size < 0 else min(len(ahead), size - len(res))
                    n = ahead.find(b'\n', 0, limit) + 1 or limit
            b = self.read(n)
            if not isinstance(b, bytes):
                raise OSError('read() should have returned a bytes object, '
                              f'not {type(b).__name__!r}')
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = -1 if hint is None else _size(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class _RawIOBase(_IOBase):
    """A raw binary stream: read and readall in terms of readinto."""
    __module__ = '_io'

    def read(self, size=-1):
        if size.__class__ is not int:
            size = _size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        parts = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not parts:
                    return None
                break
            if not data:
                break
            parts.append(data)
        return b''.join(parts)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class _BufferedIOBase(_IOBase):
    """A buffered binary stream: readinto in terms of read."""
    __module__ = '_io'

    def read(self, size=-1):
        self._unsupported('read')

    def read1(self, size=-1):
        self._unsupported('read1')

    def write(self, b):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')

    def _readinto(self, b, read):
        view = _writable_view(b, 'readinto')
        data = read(len(view))
        n = len(data)
        view[:n] = data
        view.release()
        return n

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)


class _TextIOBase(_IOBase):
    """A text stream."""
    __module__ = '_io'

    def read(self, size=-1):
        self._unsupported('read')

    def write(self, s):
        self._unsupported('write')

    def readline(self, size=-1):
        self._unsupported('readline')

    def detach(self):
        self._unsupported('detach')

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def newlines(self):
        return None


# The kinds of line endings seen (IncrementalNewlineDecoder, StringIO): bit 1 '\n', 2 '\r',
# 4 '\r\n'.
_SEEN = (None, '\n', '\r', ('\r', '\n'), '\r\n', ('\n', '\r\n'), ('\r', '\r\n'),
         ('\r', '\n', '\r\n'))


def _endings(s):
    """The bits of _SEEN for the line endings in s."""
    if '\r' not in s:
        return 1 if '\n' in s else 0
    crlf = s.count('\r\n')
    seen = 4 if crlf else 0
    if s.count('\r') > crlf:
        seen |= 2
    if s.count('\n') > crlf:
        seen |= 1
    return seen


_STRINGIO_STATE = frozenset(('_newline', '_sep', '_seen', '_data', '_size', '_pos', '_closed'))
_BYTESIO_STATE = frozenset(('_buf', '_pos', '_closed', '_shared'))


class StringIO(_TextIOBase):
    """Text kept in memory, read and written as a text file."""
    __module__ = '_io'
    __getattr__ = _no_attribute

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None:
            if not isinstance(newline, str):
                raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
            if newline not in ('\n', '', '\r', '\r\n'):
                raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not '
                            f'{type(initial_value).__name__}')
        self._newline = newline
        # What a line ends with when read (None: any of '\r', '\n', '\r\n').
        self._sep = '\n' if newline is None else (newline or None)
        # The kinds of line endings written, for newline None and '' (see _SEEN).
        self._seen = 0 if newline is None or newline == '' else None
        # The text; __next__, read, readline and write are native (installed below).
        self._data = ''
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            StringIO.write(self, initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._data = ''

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        pass

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        seen = self._seen
        return None if seen is None else _SEEN[seen]

    def getvalue(self):
        self._check()
        return self._data

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _ssize(pos)
        if whence.__class__ is not int:
            whence = _index(whence)
        self._check()
        if whence != 0 and whence != 1 and whence != 2:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if pos < 0 and whence == 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = self._size
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        if pos is not None:
            pos = _size(pos)
        self._check()
        if pos is None:
            pos = self._pos
        elif pos < 0:
            raise ValueError(f'Negative size value {pos}')
        if pos < self._size:
            self._data = self._data[:pos]
            self._size = pos
        return pos

    def __getstate__(self):
        self._check()
        attrs = {k: v for k, v in self.__dict__.items() if k not in _STRINGIO_STATE} or None
        return (self._data, self._newline, self._pos, attrs)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 4:
            raise TypeError(f'{_tp_name(self)}.__setstate__ argument should be 4-tuple, '
                            f'got {type(state).__name__}')
        value, newline, pos, attrs = state
        StringIO.__init__(self, None, newline)
        self._data = value
        self._size = len(value)
        self._pos = pos
        if attrs:
            self.__dict__.update(attrs)


install_stringio(StringIO)


class BytesIO(_BufferedIOBase):
    """Bytes kept in memory, read and written as a binary file."""
    __module__ = '_io'
    __getattr__ = _no_attribute

    def __init__(self, initial_bytes=None):
        if initial_bytes is None:
            data = b''
        elif initial_bytes.__class__ is bytes:
            data = initial_bytes
        else:
            data = bytes(_bytes_of(initial_bytes))
        # The bytes while only read; a bytearray once written (getbuffer() views it).
        self._buf = data
        self._pos = 0
        self._closed = False
        self._shared = False

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED_DOT)

    def _check_exports(self):
        """BufferError while a view from getbuffer() is alive (the bytearray can't grow)."""
        if self._shared:
            buf = self._buf
            try:
                buf.append(0)
            except BufferError:
                raise BufferError(_EXPORTS) from None
            buf.pop()
            self._shared = False

    def _mutable(self):
        buf = self._buf
        if buf.__class__ is bytes:
            self._buf = buf = bytearray(buf)
        return buf

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._check_exports()
        self._closed = True
        self._buf = b''

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def getvalue(self):
        self._check()
        buf = self._buf
        return buf if buf.__class__ is bytes else bytes(buf)

    def getbuffer(self):
        self._check()
        self._shared = True
        return memoryview(self._mutable())

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        pos = _ssize(pos)
        if whence.__class__ is not int:
            whence = _index(whence)
        self._check()
        if pos < 0 and whence == 0:
            raise ValueError(f'negative seek value {pos}')
        if whence == 1:
            if pos > _MAXSIZE - self._pos:
                raise OverflowError('new position too large')
            pos += self._pos
        elif whence == 2:
            if pos > _MAXSIZE - len(self._buf):
                raise OverflowError('new position too large')
            pos += len(self._buf)
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if pos < 0:
            pos = 0
        self._pos = pos
        return pos

    def truncate(self, size=None):
        if size is not None:
            size = _size(size)
        self._check()
        self._check_exports()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f'negative size value {size}')
        if size < len(self._buf):
            del self._mutable()[size:]
        return size

    def read(self, size=-1):
        if size.__class__ is not int:
            size = _size(size)
        self._check()
        buf = self._buf
        pos = self._pos
        end = len(buf)
        if pos >= end:
            return b''
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        data = buf[pos:end]
        return data if data.__class__ is bytes else bytes(data)

    read1 = read

    def readinto(self, b):
        view = _writable_view(b, 'readinto')
        self._check()
        buf = self._buf
        pos = self._pos
        n = max(0, min(len(view), len(buf) - pos))
        view[:n] = buf[pos:pos + n]
        view.release()
        self._pos = pos + n
        return n

    readinto1 = readinto

    def readline(self, size=-1):
        if size.__class__ is not int:
            size = _size(size)
        self._check()
        buf = self._buf
        pos = self._pos
        end = len(buf)
        if pos >= end:
            return b''
        if 0 <= size < end - pos:
            end = pos + size
        i = buf.find(b'\n', pos, end)
        if i >= 0:
            end = i + 1
        self._pos = end
        data = buf[pos:end]
        return data if data.__class__ is bytes else bytes(data)

    def readlines(self, hint=None):
        if hint is None:
            hint = -1
        elif not isinstance(hint, int):
            raise TypeError(f"integer argument expected, got '{type(hint).__name__}'")
        self._check()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, b):
        self._check()
        self._check_exports()
        data = _bytes_of(b)
        n = len(data)
        if not n:
            return 0
        buf = self._mutable()
        pos = self._pos
        size = len(buf)
        if pos == size:
            buf += data
        else:
            if pos > size:
                buf += bytes(pos - size)
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def __getstate__(self):
        self._check()
        attrs = {k: v for k, v in self.__dict__.items() if k not in _BYTESIO_STATE} or None
        return (self.getvalue(), self._pos, attrs)

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) < 3:
            raise TypeError(f'{_tp_name(self)}.__setstate__ argument should be 3-tuple, '
                            f'got {type(state).__name__}')
        value, pos, attrs = state
        BytesIO.__init__(self, value)
        self._pos = pos
        if attrs:
            self.__dict__.update(attrs)


# Files: FileIO is the descriptor itself, the Buffered classes keep a buffer over a raw stream.

_FILE_FLAGS = {'r': _posix.O_RDONLY, 'w': _posix.O_WRONLY | _posix.O_CREAT | _posix.O_TRUNC,
               'x': _posix.O_WRONLY | _posix.O_CREAT | _posix.O_EXCL,
               'a': _posix.O_WRONLY | _posix.O_CREAT | _posix.O_APPEND}
_EISDIR = 21


class FileIO(_RawIOBase):
    """A file descriptor read and written as bytes, with no buffer of its own."""
    __module__ = '_io'
    __getattr__ = _no_attribute

    def __init__(self, file, mode='r', closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError('expected str, bytes or os.PathLike object, not float')
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        kind = None
        plus = False
        for c in mode:
            if c in 'rwxa':
                if kind is not None:
                    kind = '?'
                    break
                kind = c
            elif c == '+':
                if plus:
                    kind = '?'
                    break
                plus = True
            elif c != 'b':
                raise ValueError(f'invalid mode: {mode}')
        if kind is None or kind == '?':
            raise ValueError('Must have exactly one of create/read/write/append mode '
                             'and at most one plus')
        flags = _FILE_FLAGS[kind]
        if plus:
            flags = flags & ~(_posix.O_RDONLY | _posix.O_WRONLY) | _posix.O_RDWR
        flags |= _posix.O_CLOEXEC
        self._readable = kind == 'r' or plus
        self._writable = kind != 'r' or plus
        self._created = kind == 'x'
        self._appending = kind == 'a'
        self._seekable = None
        name = file
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            fd = file
            owned = False
        else:
            if not isinstance(file, (str, bytes)):
                fspath = getattr(type(file), '__fspath__', None)
                if fspath is None:
                    raise TypeError('expected str, bytes or os.PathLike object, not '
                                    f'{type(file).__name__}')
                file = fspath(file)
            if not closefd:
                raise ValueError('Cannot use closefd=False with file name')
            if (b'\0' if isinstance(file, bytes) else '\0') in file:
                raise ValueError('embedded null byte')
            if opener is None:
                try:
                    fd = _posix.open(file, flags, 0o666)
                except OSError as e:
                    if isinstance(file, bytes) and e.filename is not None:
                        raise type(e)(e.errno, e.strerror, file) from None
                    raise
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError('expected integer from opener')
                if fd < 0:
                    raise ValueError(f'opener returned {fd}')
            owned = True
        self._closefd = bool(closefd)
        try:
            st = _posix.fstat(fd)
            if st[0] & 0o170000 == 0o040000:
                raise IsADirectoryError(_EISDIR, _posix.strerror(_EISDIR), file)
            self._blksize = st[16] if len(st) > 16 else DEFAULT_BUFFER_SIZE
            if self._appending:
                _posix.lseek(fd, 0, SEEK_END)
        except BaseException:
            if owned:
                _posix.close(fd)
            raise
        self._fd = fd
        self.name = name

    def __repr__(self):
        tp = _tp_name(self)
        if self._fd < 0:
            return f'<{tp} [closed]>'
        try:
            name = self.__dict__['name']
        except KeyError:
            return f'<{tp} fd={self._fd} mode={self.mode!r} closefd={self._closefd}>'
        return f'<{tp} name={name!r} mode={self.mode!r} closefd={self._closefd}>'

    def _check(self):
        if self._fd < 0:
            raise ValueError(_CLOSED)

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return 'xb+' if self._readable else 'xb'
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

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
        if self._seekable is None:
            try:
                _posix.lseek(self._fd, 0, SEEK_CUR)
                self._seekable = True
            except OSError:
                self._seekable = False
        return self._seekable

    def isatty(self):
        self._check()
        return _posix.isatty(self._fd)

    def read(self, size=-1):
        if size.__class__ is not int:
            size = _size(size)
        self._check()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        if size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._check()
        fd = self._fd
        parts = []
        chunk = 1 << 16
        while True:
            data = _posix.read(fd, chunk)
            if not data:
                break
            parts.append(data)
            if chunk < 1 << 22:
                chunk <<= 1
        return b''.join(parts)

    def readinto(self, b):
        view = _writable_view(b, 'readinto')
        self._check()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        data = _posix.read(self._fd, len(view))
        n = len(data)
        view[:n] = data
        view.release()
        return n

    def readline(self, size=-1):
        if size.__class__ is not int:
            size = _size(size)
        self._check()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        if not self.seekable():
            return _RawIOBase.readline(self, size)
        # Read ahead, then give back what follows the line (a raw file has no buffer).
        fd = self._fd
        parts = []
        got = 0
        while size < 0 or got < size:
            want = 1 << 12 if size < 0 else min(1 << 12, size - got)
            data = _posix.read(fd, want)
            if not data:
                break
            i = data.find(b'\n')
            if i >= 0:
                if i + 1 < len(data):
                    _posix.lseek(fd, i + 1 - len(data), SEEK_CUR)
                    data = data[:i + 1]
                parts.append(data)
                break
            parts.append(data)
            got += len(data)
        return b''.join(parts)

    def write(self, b):
        data = _bytes_of(b)
        self._check()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return _posix.write(self._fd, data)

    def seek(self, pos, whence=0):
        self._check()
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._check()
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        if size is None:
            size = self.tell()
        elif size.__class__ is not int:
            size = _index(size)
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        fd = self._fd
        if fd >= 0:
            self._fd = -1
            if self._closefd:
                _posix.close(fd)

    def __del__(self):
        if self._fd >= 0:
            self.close()

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{_tp_name(self)}' object")


class _Detached:
    """What a Buffered object's raw becomes after detach(): every use is a ValueError."""

    def __getattr__(self, name):
        raise ValueError('raw stream has been detached')


_DETACHED = _Detached()


class _Buffered:
    """What BufferedReader, BufferedWriter and BufferedRandom share (copied into them).

    Invariant: unread bytes in the read buffer (_rbuf from _rpos) and bytes waiting in the
    write buffer (_wbuf) are never both present; the raw position is past the read buffer,
    or where the write buffer goes."""
    __getattr__ = _no_attribute

    def _setup(self, raw, buffer_size):
        if buffer_size.__class__ is not int:
            buffer_size = _index(buffer_size)
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self._bufsize = buffer_size
        self._rbuf = b''
        self._rpos = 0
        self._wbuf = bytearray()

    @property
    def raw(self):
        raw = self._raw
        return None if raw is _DETACHED else raw

    @property
    def closed(self):
        return self._raw.closed

    @property
    def name(self):
        return self._raw.name

    @property
    def mode(self):
        return self._raw.mode

    def __repr__(self):
        tp = _tp_name(self)
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f'<{tp}>'
        return f'<{tp} name={name!r}>'

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def seekable(self):
        return self._raw.seekable()

    def _closed_error(self, what):
        if self._raw.closed:
            raise ValueError(f'{what} of closed file')

    def _flush_writes(self):
        wbuf = self._wbuf
        raw = self._raw
        while wbuf:
            n = raw.write(wbuf)
            if n is None:
                raise BlockingIOError(11, 'write could not complete without blocking', 0)
            del wbuf[:n]

    def _drop_reads(self):
        """Forgets the read buffer, moving the raw stream back to the logical position."""
        left = len(self._rbuf) - self._rpos
        self._rbuf = b''
        self._rpos = 0
        if left:
            self._raw.seek(-left, SEEK_CUR)

    def tell(self):
        pos = self._raw.tell()
        if pos < 0:
            raise OSError(f'Raw stream returned invalid position {pos}')
        if self._wbuf:
            return pos + len(self._wbuf)
        return max(0, pos - (len(self._rbuf) - self._rpos))

    def seek(self, pos, whence=0):
        if whence.__class__ is not int:
            whence = _index(whence)
        if whence < 0 or whence > 4:
            raise ValueError(f'whence value {whence} unsupported')
        self._closed_error('seek')
        raw = self._raw
        if not raw.seekable():
            raise UnsupportedOperation('File or stream is not seekable.')
        if pos.__class__ is not int:
            pos = _index(pos)
        if not -1 << 63 <= pos < 1 << 63:
            raise ValueError("cannot fit 'int' into an offset-sized integer")
        left = len(self._rbuf) - self._rpos
        if left > 0 and whence < 2:
            # A target inside the read buffer only moves the position in it.
            end = raw.tell()
            offset = pos - (end - left) if whence == 0 else pos
            if -self._rpos <= offset <= left:
                self._rpos += offset
                return end - left + offset
        if self._wbuf:
            self._flush_writes()
        if whence == 1:
            pos -= left
        self._rbuf = b''
        self._rpos = 0
        return raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._closed_error('truncate')
        if not self.writable():
            raise UnsupportedOperation('truncate')
        if self._wbuf:
            self._flush_writes()
        self._drop_reads()
        if pos is None:
            pos = self._raw.tell()
        return self._raw.truncate(pos)

    def flush(self):
        self._raw.flush()

    def close(self):
        raw = self._raw
        if raw.closed:
            return
        try:
            if self._wbuf:
                self._flush_writes()
            raw.flush()
        finally:
            self._rbuf = b''
            self._rpos = 0
            self._wbuf = bytearray()
            raw.close()

    def detach(self):
        raw = self._raw
        if raw is _DETACHED:
            raise ValueError('raw stream has been detached')
        self.flush()
        self._rbuf = b''
        self._rpos = 0
        self._raw = _DETACHED
        return raw

    def __del__(self):
        try:
            closed = self._raw.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{_tp_name(self)}' object")

class _Reading:
    """The reading methods of BufferedReader and BufferedRandom (copied into them)."""

    def _fill(self):
        """Reads one buffer's worth from the raw stream into the read buffer (b'' at the end)."""
        if self._wbuf:
            self._flush_writes()
        data = self._raw.read(self._bufsize) or b''
        self._rbuf = data
        self._rpos = 0
        return data

    def _read_start(self, what):
        """The check before going to the raw stream for more bytes."""
        if self._raw.closed:
            raise ValueError(f'{what} of closed file')

    def read(self, size=-1):
        buf = self._rbuf
        pos = self._rpos
        if size.__class__ is not int:
            size = _size(size)
        if size >= 0:
            end = pos + size
            if end <= len(buf):
                self._rpos = end
                return buf[pos:end]
            return self._read_more(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        self._read_start('read')
        if self._wbuf:
            self._flush_writes()
        self._rbuf = b''
        self._rpos = 0
        raw = self._raw
        readall = getattr(raw, 'readall', None)
        if readall is not None:
            rest = readall()
        else:
            parts = []
            while True:
                chunk = raw.read()
                if not chunk:
                    break
                parts.append(chunk)
            rest = b''.join(parts)
        if pos < len(buf):
            return buf[pos:] + rest if rest else buf[pos:]
        return rest

    def _read_more(self, size):
        """read(size) when the read buffer holds less than size bytes."""
        self._read_start('read')
        buf = self._rbuf
        pos = self._rpos
        parts = [buf[pos:]] if pos < len(buf) else []
        want = size - (len(buf) - pos)
        self._rbuf = b''
        self._rpos = 0
        if self._wbuf:
            self._flush_writes()
        raw = self._raw
        bufsize = self._bufsize
        while want > 0:
            data = raw.read(want if want >= bufsize else bufsize)
            if not data:
                if data is None and not parts:
                    return None
                break
            if len(data) > want:
                self._rbuf = data
                self._rpos = want
                data = data[:want]
            parts.append(data)
            want -= len(data)
        return b''.join(parts)

    def read1(self, size=-1):
        if size.__class__ is not int:
            size = _size(size)
        buf = self._rbuf
        pos = self._rpos
        if pos < len(buf):
            end = len(buf) if size < 0 else min(len(buf), pos + size)
            self._rpos = end
            return buf[pos:end]
        self._read_start('read')
        if size == 0:
            return b''
        if size > self._bufsize:
            if self._wbuf:
                self._flush_writes()
            return self._raw.read(size) or b''
        data = self._fill()
        if 0 <= size < len(data):
            self._rpos = size
            return data[:size]
        self._rpos = len(data)
        return data

    def peek(self, size=0):
        if size.__class__ is not int:
            _index(size)
        buf = self._rbuf
        if self._rpos < len(buf):
            return buf[self._rpos:]
        self._read_start('peek')
        return self._fill()

    def readinto(self, b):
        view = _writable_view(b, 'readinto')
        if self._rpos >= len(self._rbuf):
            self._read_start('readinto')
        data = self.read(len(view))
        n = len(data)
        view[:n] = data
        view.release()
        return n

    def readinto1(self, b):
        view = _writable_view(b, 'readinto1')
        if self._rpos >= len(self._rbuf):
            self._read_start('readinto')
        data = self.read1(len(view))
        n = len(data)
        view[:n] = data
        view.release()
        return n

    def readline(self, size=-1):
        buf = self._rbuf
        pos = self._rpos
        i = buf.find(b'\n', pos)
        if i >= 0 and (size is None or size.__class__ is int and (size < 0 or i < pos + size)):
            self._rpos = i + 1
            return buf[pos:i + 1]
        if size.__class__ is not int:
            size = _size(size)
        if pos >= len(buf):
            self._read_start('readline')
        parts = []
        while True:
            limited = 0 <= size <= len(buf) - pos
            end = pos + size if limited else len(buf)
            i = buf.find(b'\n', pos, end)
            if i >= 0 or limited:
                if i >= 0:
                    end = i + 1
                parts.append(buf[pos:end])
                self._rpos = end
                break
            if pos < end:
                parts.append(buf[pos:end])
                if size > 0:
                    size -= end - pos
            buf = self._fill()
            pos = 0
            if not buf:
                break
        return parts[0] if len(parts) == 1 else b''.join(parts)

    def __next__(self):
        buf = self._rbuf
        pos = self._rpos
        i = buf.find(b'\n', pos)
        if i >= 0:
            self._rpos = i + 1
            return buf[pos:i + 1]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = -1 if hint is None else _size(hint)
        if self._raw.closed:
            raise ValueError(_CLOSED_DOT)
        if hint > 0:
            return _IOBase.readlines(self, hint)
        parts = self.read().split(b'\n')
        last = parts.pop()
        lines = [p + b'\n' for p in parts]
        if last:
            lines.append(last)
        return lines


class _Writing:
    """The writing methods of BufferedWriter and BufferedRandom (copied into them)."""

    def write(self, b):
        data = _bytes_of(b)
        if self._raw.closed:
            raise ValueError('write to closed file')
        if self._rbuf:
            self._drop_reads()
        wbuf = self._wbuf
        n = len(data)
        if len(wbuf) + n <= self._bufsize:
            wbuf += data
            return n
        if wbuf:
            self._flush_writes()
        if n <= self._bufsize:
            wbuf += data
            return n
        raw = self._raw
        done = 0
        while done < n:
            k = raw.write(data[done:] if done else data)
            if k is None:
                raise BlockingIOError(11, 'write could not complete without blocking', done)
            done += k
        return n

    def flush(self):
        if self._raw.closed:
            raise ValueError('flush of closed file')
        if self._wbuf:
            self._flush_writes()
        self._raw.flush()


def _take(cls, methods):
    """Copies the methods of _Buffered, _Reading or _Writing into a Buffered class (which
    keeps those it defines itself)."""
    for name, value in methods.__dict__.items():
        if name not in ('__module__', '__qualname__', '__doc__', '__dict__', '__weakref__') \
                and name not in cls.__dict__:
            setattr(cls, name, value)


class BufferedReader(_BufferedIOBase):
    """A buffer for reading over a raw stream (open()'s object for 'rb')."""
    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkReadable()
        self._setup(raw, buffer_size)

    def readable(self):
        return self._raw.readable()


class BufferedWriter(_BufferedIOBase):
    """A buffer for writing over a raw stream (open()'s object for 'wb', 'ab' and 'xb')."""
    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkWritable()
        self._setup(raw, buffer_size)

    def writable(self):
        return self._raw.writable()


class BufferedRandom(_BufferedIOBase):
    """A buffer for reading and writing a seekable raw stream (open()'s object for '+')."""
    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable()
        raw._checkReadable()
        raw._checkWritable()
        self._setup(raw, buffer_size)

    def readable(self):
        return self._raw.readable()

    def writable(self):
        return self._raw.writable()


for _cls in (BufferedReader, BufferedWriter, BufferedRandom):
    if _cls is not BufferedWriter:
        _take(_cls, _Reading)
    if _cls is not BufferedReader:
        _take(_cls, _Writing)
    _take(_cls, _Buffered)


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer (two raw streams, such as a pipe's ends) used as one stream."""
    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        reader._checkReadable()
        writer._checkWritable()
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def peek(self, size=0):
        return self._reader.peek(size)

    def readinto(self, b):
        return self._reader.readinto(b)

    def readinto1(self, b):
        return self._reader.readinto1(b)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def isatty(self):
        return self._reader.isatty() or self._writer.isatty()

    @property
    def closed(self):
        return self._writer.closed

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()


def _text_buffer(fd, mode, name, console):
    """The binary stream under a text file (its .buffer): the same descriptor, which it
    leaves open when it closes.  The console's writes go straight through, so no bytes are
    held back when the program ends."""
    raw = FileIO(fd, mode, closefd=False)
    raw.name = name
    if '+' in mode:
        buffered = BufferedRandom(raw)
    elif 'r' in mode:
        buffered = BufferedReader(raw)
    else:
        buffered = BufferedWriter(raw)
    if console:
        buffered._bufsize = 0
    return buffered


def _open_binary(name, mode, closefd=True, opener=None, buffering=-1):
    """open() in a binary mode (its arguments already checked): a FileIO for buffering=0,
    else a Buffered object over one."""
    kind = 'r'
    for c in mode:
        if c in 'rwax':
            kind = c
    raw = FileIO(name, kind + '+' if '+' in mode else kind, closefd, opener)
    if buffering == 0:
        return raw
    try:
        if buffering == 1:
            import warnings
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the "
                          'default buffer size will be used', RuntimeWarning, 2)
        if buffering < 0 or buffering == 1:
            buffering = raw._blksize if raw._blksize > 1 else DEFAULT_BUFFER_SIZE
        if '+' in mode:
            return BufferedRandom(raw, buffering)
        if kind == 'r':
            return BufferedReader(raw, buffering)
        return BufferedWriter(raw, buffering)
    except BaseException:
        raw.close()
        raise


def open_code(path):
    """Opens a file of code for reading, as bytes."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream uses when given `encoding` (None: the default one)."""
    if encoding is None:
        return 'utf-8' if getattr(_sys.flags, 'utf8_mode', 0) else 'locale'
    return encoding


class IncrementalNewlineDecoder:
    """Decodes with `decoder` (or takes str when it is None), noting the kinds of line
    endings seen and, when translate is true, turning '\\r\\n' and '\\r' into '\\n'."""
    __module__ = '_io'

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError(f'decoder should return a string result, not {type(output).__name__!r}')
        if self._pendingcr and (output or final):
            output = '\r' + output
            self._pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self._pendingcr = True
        self._seen |= _endings(output)
        if self.translate and '\r' in output:
            output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        return buf, flag << 1 | self._pendingcr

    def setstate(self, state):
        buf, flag = state
        self._pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _SEEN[self._seen]


# The abstract classes: what isinstance() checks against (the concrete classes register).

class IOBase(_IOBase, metaclass=abc.ABCMeta):
    """The base of all streams."""
    __module__ = 'io'

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass


class RawIOBase(_RawIOBase, IOBase):
    """The base of raw binary streams."""
    __module__ = 'io'


class BufferedIOBase(_BufferedIOBase, IOBase):
    """The base of buffered binary streams."""
    __module__ = 'io'


class TextIOBase(_TextIOBase, IOBase):
    """The base of text streams."""
    __module__ = 'io'


RawIOBase.register(FileIO)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
del _cls
