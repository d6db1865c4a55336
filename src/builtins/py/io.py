"""Cellar's implementation of the io module: the stream classes and their abstract bases.

It owns StringIO and BytesIO (streams in memory), FileIO (the raw file open() makes for a
binary mode) with BufferedReader, BufferedWriter and BufferedRandom over it (what open()
returns for 'rb', 'wb'/'ab'/'xb' and the '+' modes), BufferedRWPair, IncrementalNewlineDecoder,
and the abstract classes IOBase, RawIOBase, BufferedIOBase and TextIOBase. Text files are mostly
the interpreter's own objects (class io.TextIOWrapper); _TextIOWrapper, a Python subclass of it,
is the text layer over any binary buffer: io.TextIOWrapper(buffer, ...) makes one, and so does
open() (through _open_text) for the encodings the native files do not handle (utf-16, utf-32,
utf-8-sig). io.open is the builtin open()."""

import abc
import sys as _sys
import posix as _posix

from _cellar import UnsupportedOperation, install_stringio, c_type as _c_type
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


# Text over any binary buffer: TextIOWrapper (what open() returns for the encodings the native
# text files do not handle, and io.TextIOWrapper(buffer, ...)).

_UNINIT = 'I/O operation on uninitialized object'
_DETACHED_MSG = 'underlying buffer has been detached'

# How Cellar's codecs encode 'a' tells their family: (decoding codec, bytes per unit (0: UTF-8's
# variable length), BOM family, codec encoding after the BOM). UTF-8 and the single-byte
# codecs, which all encode 'a' as b'a', are told apart later.
_FAMILIES = {
    b'\xef\xbb\xbfa': ('utf-8', 0, 'utf-8-sig', 'utf-8'),
    b'a\x00': ('utf-16-le', 2, None, None),
    b'\x00a': ('utf-16-be', 2, None, None),
    b'\xff\xfea\x00': (None, 2, 'utf-16', 'utf-16-le'),
    b'a\x00\x00\x00': ('utf-32-le', 4, None, None),
    b'\x00\x00\x00a': ('utf-32-be', 4, None, None),
    b'\xff\xfe\x00\x00a\x00\x00\x00': (None, 4, 'utf-32', 'utf-32-le'),
}
_BOMS = {
    'utf-16': {b'\xff\xfe': 'utf-16-le', b'\xfe\xff': 'utf-16-be'},
    'utf-32': {b'\xff\xfe\x00\x00': 'utf-32-le', b'\x00\x00\xfe\xff': 'utf-32-be'},
}


def _codec_family(encoding):
    """The _FAMILIES entry of a text encoding (LookupError as CPython's for the others)."""
    try:
        probe = 'a'.encode(encoding)
    except LookupError as e:
        if 'is not a text encoding' in str(e):
            raise LookupError(f'{encoding!r} is not a text encoding; use codecs.open() to '
                              'handle arbitrary codecs') from None
        raise
    family = _FAMILIES.get(probe)
    if family is not None:
        return family
    if len('\xe9'.encode(encoding, 'replace')) == 2:
        return ('utf-8', 0, None, None)
    return (encoding, 1, None, None)


def _utf8_complete(data):
    """The length of `data` without a trailing incomplete (but so far valid) UTF-8 sequence."""
    n = len(data)
    for back in range(1, min(n, 3) + 1):
        b = data[n - back]
        if b < 0x80:
            return n
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            if need <= back or not 0xC2 <= b <= 0xF4:
                return n
            if back > 1:
                c = data[n - back + 1]
                if not ((0xA0 if b == 0xE0 else 0x90 if b == 0xF0 else 0x80) <= c
                        <= (0x9F if b == 0xED else 0x8F if b == 0xF4 else 0xBF)):
                    return n
            return n - back
    return n


class _Decoder:
    """An incremental decoder (decode, getstate, setstate, reset) as the codecs module's, for
    the encodings Cellar's bytes.decode knows."""

    def __init__(self, family, errors):
        self._codec, self._unit, self._bom, _ = family
        self._errors = errors
        self._pending = b''
        self._first = self._bom is not None

    def decode(self, input, final=False):
        # The state changes only once the bytes decode (except for utf-8-sig's BOM check,
        # as in CPython), so that a decoding error can be met again.
        data = self._pending + bytes(input) if self._pending else bytes(input)
        codec = self._codec
        start = 0
        no_bom = False
        if self._first:
            bom = self._bom
            if bom == 'utf-8-sig':
                if len(data) < 3 and b'\xef\xbb\xbf'.startswith(data):
                    self._pending = data
                    return ''
                self._first = False
                if data.startswith(b'\xef\xbb\xbf'):
                    start = 3
            else:
                size = 2 if bom == 'utf-16' else 4
                if len(data) < size:
                    if final and data:
                        # A stream too short for its BOM, decoded (badly) as it is.
                        text = data.decode(bom, self._errors)
                        self._pending = b''
                        return text
                    self._pending = data
                    return ''
                codec = _BOMS[bom].get(data[:size])
                if codec is None:
                    # Decoded in the machine's order first, as CPython: an error there wins.
                    codec = bom + '-le'
                    no_bom = True
                else:
                    start = size
        # The bytes from `start` to `end` decode now; the rest waits for more.
        size = len(data)
        unit = self._unit
        if final or unit == 1:
            end = size
        elif unit == 0:
            end = _utf8_complete(data)
        else:
            end = size - (size - start) % unit
            # A UTF-16 high surrogate waits for its partner.
            if unit == 2 and end > start:
                high = data[end - 1] if codec == 'utf-16-le' else data[end - 2]
                if 0xD8 <= high <= 0xDB:
                    end -= 2
        if no_bom and not end:
            self._pending = data
            return ''
        # A utf-16 or utf-32 BOM just found is decoded with the text, for CPython's error
        # positions (utf-8-sig's is cut off).
        with_bom = start and self._first
        name = self._bom if with_bom else codec
        low = 0 if with_bom else start
        try:
            if end <= low:
                text = ''
            elif low or end < size:
                text = data[low:end].decode(name, self._errors)
            else:
                text = data.decode(name, self._errors)
        except UnicodeDecodeError:
            if end < size:
                # CPython's decoder saw the bytes after `end` too, which can change the
                # reason it gives.
                data[low:].decode(name, self._errors)
            raise
        if no_bom:
            raise UnicodeError(f'{self._bom.upper()} stream does not start with BOM')
        if with_bom:
            self._codec = codec
            self._first = False
        self._pending = data[end:] if end < size else b''
        return text

    def getstate(self):
        bom = self._bom
        if bom is None:
            flags = 0
        elif bom == 'utf-8-sig':
            flags = int(self._first)
        else:
            flags = 2 if self._first else int(self._codec.endswith('be'))
        return self._pending, flags

    def setstate(self, state):
        self._pending, flags = state
        bom = self._bom
        if bom == 'utf-8-sig':
            self._first = bool(flags)
        elif bom is not None:
            self._first = flags not in (0, 1)
            if not self._first:
                self._codec = bom + ('-be' if flags else '-le')

    def reset(self):
        self._pending = b''
        self._first = self._bom is not None


def _text_arg(value, name):
    """A str-or-None argument of TextIOWrapper() (as Argument Clinic checks it)."""
    if value is not None:
        if not isinstance(value, str):
            raise TypeError(f"TextIOWrapper() argument '{name}' must be str or None, "
                            f'not {type(value).__name__}')
        if '\0' in value:
            raise ValueError('embedded null character')


def _check_newline(newline):
    if newline and newline != '\n' and newline != '\r' and newline != '\r\n':
        raise ValueError(f'illegal newline value: {newline}')


def _c_int(value):
    """An argument CPython converts to a C int (bool(accept={int}) flags, whence)."""
    if value.__class__ is not int:
        value = _index(value)
    if not -1 << 31 <= value < 1 << 31:
        raise OverflowError('Python int too large to convert to C int')
    return value


class _readonly(property):
    """A read-only attribute, refused with the message of a C type's read-only member."""

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


class _getter(property):
    """A computed read-only attribute, refused with the message of a C type's getter."""

    def __set__(self, obj, value):
        raise AttributeError(f"attribute '{self.fget.__name__}' of '_io.TextIOWrapper' "
                             'objects is not writable')

    def __delete__(self, obj):
        self.__set__(obj, None)


_WRAPPER_ARGS = ('buffer', 'encoding', 'errors', 'newline', 'line_buffering', 'write_through')
_NOT_GIVEN = object()


@_c_type
class _TextIOWrapper(TextIOWrapper):
    """Text read and written through a binary buffer, with an encoding and newline
    translation, as CPython's _io.TextIOWrapper: written text waits in a list of encoded
    pieces, read text comes from a decoded read-ahead chunk, and tell() cookies rebuild the
    decoder state."""

    __slots__ = (
        '_buffer', '_detached', '_encoding', '_errors', '_family', '_decoder', '_encoder',
        '_start', '_sig_first', '_readuniversal', '_readtranslate', '_readnl', '_writenl',
        '_line_buffering', '_write_through', '_decoded', '_used', '_snapshot', '_seekable',
        '_telling', '_read1', '_b2cratio', '_chunk_size', '_pending', '_pending_count',
        '_finalizing', '_in_repr', '_raw', '_sep', '_lines', '_lines_src', '_lines_pos',
        '__dict__', '__weakref__')

    def __init__(self, *args, **kwargs):
        self._buffer = None
        self._raw = None
        self._detached = False
        self._in_repr = False
        self._finalizing = False
        self._lines = self._lines_src = None
        self._lines_pos = 0
        n = len(args)
        if n + len(kwargs) > 6:
            raise TypeError(f'TextIOWrapper() takes at most 6 arguments ({n + len(kwargs)} '
                            'given)')
        values = list(args)
        values += [_NOT_GIVEN] * (6 - n)
        for key, value in kwargs.items():
            try:
                i = _WRAPPER_ARGS.index(key)
            except ValueError:
                i = -1
            if i < n:
                if i >= 0:
                    raise TypeError(f'argument for TextIOWrapper() given by name '
                                    f"('{key}') and position ({i + 1})")
                raise TypeError(f"'{key}' is an invalid keyword argument for TextIOWrapper()")
            values[i] = value
        buffer, encoding, errors, newline, line_buffering, write_through = values
        if buffer is _NOT_GIVEN:
            raise TypeError("TextIOWrapper() missing required argument 'buffer' (pos 1)")
        encoding = None if encoding is _NOT_GIVEN else encoding
        errors = None if errors is _NOT_GIVEN else errors
        newline = None if newline is _NOT_GIVEN else newline
        _text_arg(encoding, 'encoding')
        _text_arg(newline, 'newline')
        line_buffering = False if line_buffering is _NOT_GIVEN else _c_int(line_buffering) != 0
        write_through = False if write_through is _NOT_GIVEN else _c_int(write_through) != 0
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, "
                            f'not {type(errors).__name__}')
        _check_newline(newline)
        if encoding is None:
            encoding = 'utf-8' if getattr(_sys.flags, 'utf8_mode', 0) else 'UTF-8'
        elif encoding == 'locale':
            encoding = 'UTF-8'
        family = _codec_family(encoding)
        self._encoding = encoding
        self._errors = errors
        self._chunk_size = DEFAULT_BUFFER_SIZE
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._set_newline(newline)
        self._decoded = None
        self._used = 0
        self._snapshot = None
        self._b2cratio = 0.0
        self._pending = None
        self._pending_count = 0
        self._decoder = None
        self._encoder = None
        self._start = False
        self._sig_first = False
        self._family = family
        self._set_codec(buffer, family, errors)
        seekable = bool(buffer.seekable())
        self._seekable = self._telling = seekable
        self._read1 = hasattr(buffer, 'read1')
        self._fix_encoder_state(buffer)
        if buffer.__class__ in (BufferedReader, BufferedWriter, BufferedRandom):
            # As CPython, the closed checks then look at the FileIO directly.
            raw = buffer.raw
            if raw.__class__ is FileIO:
                self._raw = raw
        self._buffer = buffer

    # Setting up: newline modes, codec, the encoder's state at the start of the stream.

    def _set_newline(self, newline):
        self._readnl = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._writenl = newline if newline == '\r' or newline == '\r\n' else None
        # What every line ends with, when that is one string (not for newline='').
        self._sep = '\n' if newline is None else newline or None

    def _set_codec(self, buffer, family, errors):
        """A decoder if the buffer is readable, an encoder if it is writable."""
        if buffer.readable():
            decoder = _Decoder(family, errors)
            if self._readuniversal:
                decoder = IncrementalNewlineDecoder(decoder, self._readtranslate)
            self._decoder = decoder
        if buffer.writable():
            # The codec str.encode uses when no BOM is due.
            if family[2] is not None:
                self._encoder = family[3]
            elif family[1] > 1:
                self._encoder = family[0]
            else:
                self._encoder = self._encoding
            self._sig_first = True

    def _fix_encoder_state(self, buffer):
        """A BOM is written only at the start of a seekable stream (for utf-8-sig also at the
        start of a stream that cannot seek)."""
        if self._seekable and self._encoder is not None:
            at_start = buffer.tell() == 0
            self._start = self._sig_first = at_start

    def _encoder_reset(self, at_start):
        self._start = self._sig_first = at_start

    # State checks.

    def _gone(self):
        raise ValueError(_DETACHED_MSG if self._detached else _UNINIT)

    def _attached(self):
        buffer = self._buffer
        if buffer is None:
            self._gone()
        return buffer

    def _open(self):
        buffer = self._buffer
        if buffer is None:
            self._gone()
        raw = self._raw
        if raw._fd < 0 if raw is not None else buffer.closed:
            raise ValueError(_CLOSED_DOT)
        return buffer

    def _check_closed(self):
        """IOBase's check, through the `closed` attribute."""
        if self.closed:
            raise ValueError(_CLOSED_DOT)

    # Attributes.

    @_readonly
    def encoding(self):
        return self._encoding

    @_getter
    def errors(self):
        if self._buffer is None and not self._detached:
            raise ValueError(_UNINIT)
        return self._errors

    @_readonly
    def buffer(self):
        return self._buffer

    @_readonly
    def line_buffering(self):
        return self._line_buffering

    @_readonly
    def write_through(self):
        return self._write_through

    @_getter
    def closed(self):
        return self._attached().closed

    @_getter
    def name(self):
        return self._attached().name

    @_getter
    def newlines(self):
        self._attached()
        decoder = self._decoder
        if decoder is None:
            return None
        return getattr(decoder, 'newlines', None)

    @property
    def _CHUNK_SIZE(self):
        self._attached()
        return self._chunk_size

    @_CHUNK_SIZE.setter
    def _CHUNK_SIZE(self, value):
        self._attached()
        if value.__class__ is not int:
            value = _index(value)
        if value > _MAXSIZE or value < -_MAXSIZE - 1:
            raise ValueError("cannot fit 'int' into an index-sized integer")
        if value <= 0:
            raise ValueError('a strictly positive integer is required')
        self._chunk_size = value

    @_CHUNK_SIZE.deleter
    def _CHUNK_SIZE(self):
        self._attached()
        raise AttributeError('cannot delete attribute')

    def __repr__(self):
        if self._buffer is None and not self._detached:
            raise ValueError(_UNINIT)
        if self._in_repr:
            raise RuntimeError('reentrant call inside _io.TextIOWrapper.__repr__')
        self._in_repr = True
        try:
            parts = ['<_io.TextIOWrapper']
            try:
                name = self.name
            except (AttributeError, ValueError):
                pass
            else:
                parts.append(f' name={name!r}')
            try:
                mode = self.mode
            except AttributeError:
                pass
            else:
                parts.append(f' mode={mode!r}')
        finally:
            self._in_repr = False
        parts.append(f' encoding={self._encoding!r}>')
        return ''.join(parts)

    def __getstate__(self):
        raise TypeError("cannot pickle '_io.TextIOWrapper' object")

    _checkClosed = _IOBase._checkClosed
    _checkReadable = _IOBase._checkReadable
    _checkWritable = _IOBase._checkWritable
    _checkSeekable = _IOBase._checkSeekable

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def seekable(self):
        return self._attached().seekable()

    def isatty(self):
        return self._attached().isatty()

    def fileno(self):
        return self._attached().fileno()

    # Flushing, closing, detaching.

    def _write_pending(self):
        """Hands the encoded text waiting in _pending to the buffer."""
        pending = self._pending
        if pending is not None:
            data = pending[0] if len(pending) == 1 else b''.join(pending)
            self._pending = None
            self._pending_count = 0
            self._buffer.write(data)

    def flush(self):
        buffer = self._open()
        self._telling = self._seekable
        if self._pending is not None:
            self._write_pending()
        return buffer.flush()

    def close(self):
        buffer = self._attached()
        if buffer.closed:
            return None
        try:
            self.flush()
        finally:
            result = buffer.close()
        return result

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            self._finalizing = True
            try:
                self.close()
            except Exception:
                pass

    def detach(self):
        self._attached()
        self.flush()
        buffer = self._buffer
        self._buffer = None
        self._detached = True
        return buffer

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        return self.close()

    # Writing.

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError('write() argument must be str, not '
                            f"{'None' if text is None else type(text).__name__}")
        buffer = self._buffer
        if buffer is None:
            self._gone()
        raw = self._raw
        if raw._fd < 0 if raw is not None else buffer.closed:
            raise ValueError(_CLOSED_DOT)
        encoder = self._encoder
        if encoder is None:
            raise UnsupportedOperation('not writable')
        length = len(text)
        writenl = self._writenl
        needflush = False
        if writenl is not None or self._line_buffering:
            haslf = '\n' in text
            if haslf and writenl is not None:
                text = text.replace('\n', writenl)
            needflush = self._line_buffering and (haslf or '\r' in text)
        bom = self._family[2]
        if bom is None:
            data = text.encode(encoder, self._errors)
        elif bom == 'utf-8-sig':
            if self._sig_first:
                data = text.encode(bom, self._errors)
                self._sig_first = False
            else:
                data = text.encode(encoder, self._errors)
        else:
            data = text.encode(bom if self._start else encoder, self._errors)
            self._start = False
        # The encoded text waits in _pending (at most _CHUNK_SIZE bytes of it, unless one
        # write is larger).
        n = len(data)
        pending = self._pending
        if pending is None:
            self._pending = [data]
            count = n
        elif self._pending_count + n > self._chunk_size:
            self._write_pending()
            self._pending = [data]
            count = n
        else:
            pending.append(data)
            count = self._pending_count + n
        self._pending_count = count
        if count >= self._chunk_size or needflush or self._write_through:
            self._write_pending()
            if needflush:
                buffer.flush()
        if self._decoded is not None:
            self._decoded = None
            self._used = 0
        self._snapshot = None
        decoder = self._decoder
        if decoder is not None:
            decoder.reset()
        return length

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    # Reading: the decoded read-ahead (_decoded, of which _used characters are taken) and
    # the snapshot for tell(): the decoder flags and the bytes fed to the decoder since a
    # point where it held no bytes.

    def _take(self, n=-1):
        chars = self._decoded
        if not chars:
            return ''
        start = self._used
        avail = len(chars) - start
        if n < 0 or n > avail:
            n = avail
        self._used = start + n
        if start or n < avail:
            return chars[start:start + n]
        return chars

    def _read_chunk(self, size_hint=0):
        """Decodes the next chunk of bytes into the read-ahead; false at the end of the data."""
        decoder = self._decoder
        if decoder is None:
            raise UnsupportedOperation('not readable')
        telling = self._telling
        if telling:
            dec_buffer, dec_flags = decoder.getstate()
        if size_hint > 0:
            size_hint = int(max(self._b2cratio, 1.0) * size_hint)
        size = self._chunk_size if self._chunk_size >= size_hint else size_hint
        if self._read1:
            chunk = self._buffer.read1(size)
        else:
            chunk = self._buffer.read(size)
        if chunk.__class__ is not bytes:
            try:
                memoryview(chunk).release()
            except TypeError:
                raise TypeError(f"underlying {'read1' if self._read1 else 'read'}() should "
                                'have returned a bytes-like object, not '
                                f"'{type(chunk).__name__}'") from None
        nbytes = len(chunk)
        decoded = decoder.decode(chunk, not nbytes)
        self._decoded = decoded
        self._used = 0
        nchars = len(decoded)
        self._b2cratio = nbytes / nchars if nchars else 0.0
        if telling:
            self._snapshot = (dec_flags, dec_buffer + chunk)
        return nbytes > 0 or nchars > 0

    def read(self, size=-1):
        if size.__class__ is not int:
            size = _size(size)
        self._open()
        decoder = self._decoder
        if decoder is None:
            raise UnsupportedOperation('not readable')
        if self._pending is not None:
            self._write_pending()
        if size < 0:
            data = self._buffer.read()
            decoded = decoder.decode(data, True)
            result = self._take() + decoded
            self._decoded = None
            self._used = 0
            self._snapshot = None
            return result
        result = self._take(size)
        remaining = size - len(result)
        if remaining > 0:
            parts = [result] if result else []
            while remaining > 0 and self._read_chunk(remaining):
                chars = self._take(remaining)
                parts.append(chars)
                remaining -= len(chars)
            result = ''.join(parts)
        return result

    def readline(self, size=-1):
        size = _ssize(size)
        self._attached()
        return self._readline(size)

    def _readline(self, limit):
        buffer = self._buffer
        if buffer is None:
            self._gone()
        raw = self._raw
        if raw._fd < 0 if raw is not None else buffer.closed:
            raise ValueError(_CLOSED_DOT)
        if self._pending is not None:
            self._write_pending()
        if limit < 0:
            # The usual case: the line ends inside the read-ahead. Its lines are split once
            # (indexing into a long non-ASCII str is not O(1)), then taken from _lines while
            # nothing else moved in the read-ahead.
            lines = self._lines
            chars = self._decoded
            used = self._used
            if not lines or self._lines_src is not chars or self._lines_pos != used:
                lines = self._split_lines(chars) if chars else None
            if lines:
                line = lines.pop()
                self._used = self._lines_pos = used + len(line)
                return line
        # As CPython's: text without a line ending is put aside chunk by chunk; `rest` is the
        # tail of a chunk that may begin a two-character ending.
        parts = None
        kept = 0
        rest = None
        line = None
        while True:
            more = True
            while not self._decoded:
                more = self._read_chunk()
                if not more:
                    break
            if not more:
                self._decoded = None
                self._used = 0
                self._snapshot = None
                start = end = offset = 0
                break
            if rest is None:
                line = self._decoded
                start = self._used
                offset = 0
            else:
                line = rest + self._decoded
                start = 0
                offset = len(rest)
                rest = None
            end, consumed = self._line_end(line, start)
            if end >= 0:
                if 0 <= limit <= end - start + kept:
                    end = start + limit - kept
                break
            end = consumed
            if 0 <= limit <= end - start + kept:
                end = start + limit - kept
                break
            if end > start:
                if parts is None:
                    parts = []
                parts.append(line[start:end])
                kept += end - start
            if end < len(line):
                rest = line[end:]
            line = None
            self._decoded = None
            self._used = 0
        if line is not None:
            self._used = end - offset
            if start or end < len(line):
                line = line[start:end]
        if rest is not None:
            if parts is None:
                parts = []
            parts.append(rest)
        if parts is not None:
            if line is not None:
                parts.append(line)
            return ''.join(parts)
        return '' if line is None else line

    def _split_lines(self, chars):
        """The complete lines of the read-ahead from _used on, last first (for pop()); None
        when str.splitlines would not split as newline='' does."""
        start = self._used
        sep = self._sep
        text = chars[start:] if start else chars
        if sep is None:
            if '\r' in text:
                # Any of '\r', '\n' and '\r\n' (the newline decoder never splits '\r\n').
                for c in '\v\f\x1c\x1d\x1e\x85\u2028\u2029':
                    if c in text:
                        return None
                lines = text.splitlines(True)
                if lines and lines[-1][-1] not in '\r\n':
                    lines.pop()
                lines.reverse()
                self._lines = lines
                self._lines_src = chars
                self._lines_pos = start
                return lines
            sep = '\n'
        pieces = text.split(sep)
        pieces.pop()
        lines = [piece + sep for piece in pieces]
        lines.reverse()
        self._lines = lines
        self._lines_src = chars
        self._lines_pos = start
        return lines

    def _line_end(self, line, start):
        """(the end of the first line of line[start:], after its line ending, 0), or (-1, how
        far the text surely holds no line ending) when it has none."""
        nl = self._readnl
        if self._readtranslate:
            pos = line.find('\n', start)
        elif not nl:
            cr = line.find('\r', start)
            lf = line.find('\n', start)
            if cr < 0 or 0 <= lf < cr:
                pos = lf
            else:
                # The newline decoder never splits '\r\n'.
                return (cr + 2 if lf == cr + 1 else cr + 1), 0
        elif nl == '\r\n':
            pos = line.find(nl, start)
            if pos >= 0:
                return pos + 2, 0
            return -1, (len(line) - 1 if line.endswith('\r') and len(line) > start
                        else len(line))
        else:
            pos = line.find(nl, start)
        return (pos + 1, 0) if pos >= 0 else (-1, len(line))

    # The native base is not an _IOBase: its shared methods are taken from there.
    readlines = _IOBase.readlines

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        if self._buffer is None:
            self._gone()
        self._telling = False
        if self.__class__ is _TextIOWrapper:
            line = self._readline(-1)
        else:
            line = self.readline()
            if not isinstance(line, str):
                raise OSError('readline() should have returned a str object, not '
                              f"'{type(line).__name__}'")
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    # Positions: a tell() cookie packs the byte position of a point where the decoder holds
    # no bytes, its flags there, and how many bytes and characters to replay from there:
    # start | flags << 64 | bytes << 96 | chars << 128 | need_eof << 160.

    def tell(self):
        buffer = self._open()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        if self._pending is not None:
            self._write_pending()
        self.flush()
        position = buffer.tell()
        decoder = self._decoder
        snapshot = self._snapshot
        if decoder is None or snapshot is None:
            return position
        if position.__class__ is not int:
            position = _index(position)
        flags, next_input = snapshot
        start = position - len(next_input)
        skip = self._used
        if not skip:
            return start | flags << 64
        saved = decoder.getstate()
        try:
            # Jump close to the position, then feed the decoder one byte at a time.
            skip_bytes = int(self._b2cratio * skip)
            skip_back = 1
            while skip_bytes > 0:
                self._decoder_setstate(start, flags)
                n = len(decoder.decode(next_input[:skip_bytes]))
                if n <= skip:
                    dec_buffer, dec_flags = decoder.getstate()
                    if not dec_buffer:
                        flags = dec_flags
                        skip -= n
                        break
                    skip_bytes -= len(dec_buffer)
                    skip_back = 1
                else:
                    skip_bytes -= skip_back
                    skip_back *= 2
            if skip_bytes <= 0:
                skip_bytes = 0
                self._decoder_setstate(start, flags)
            start += skip_bytes
            if not skip:
                return start | flags << 64
            fed = decoded = 0
            need_eof = 0
            for i in range(skip_bytes, len(next_input)):
                decoded += len(decoder.decode(next_input[i:i + 1]))
                fed += 1
                dec_buffer, dec_flags = decoder.getstate()
                if not dec_buffer and decoded <= skip:
                    start += fed
                    skip -= decoded
                    flags = dec_flags
                    fed = decoded = 0
                if decoded >= skip:
                    break
            else:
                decoded += len(decoder.decode(b'', True))
                need_eof = 1
                if decoded < skip:
                    raise OSError("can't reconstruct logical file position")
            return start | flags << 64 | fed << 96 | skip << 128 | need_eof << 160
        finally:
            decoder.setstate(saved)

    def _decoder_setstate(self, start, flags):
        # At the start of the stream a reset, which makes the BOM decoders expect a BOM.
        if start == 0 and flags == 0:
            self._decoder.reset()
        else:
            self._decoder.setstate((b'', flags))

    def seek(self, cookie, whence=0):
        whence = _c_int(whence)
        buffer = self._open()
        if not self._seekable:
            raise UnsupportedOperation('underlying stream is not seekable')
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._decoded = None
            self._used = 0
            self._snapshot = None
            if self._decoder is not None:
                self._decoder.reset()
            position = buffer.seek(0, 2)
            if self._encoder is not None:
                self._encoder_reset(position == 0)
            return position
        elif whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie!r}')
        self.flush()
        value = int(cookie)
        if value >> 168:
            raise OverflowError('int too big to convert')
        start = value & 0xFFFFFFFFFFFFFFFF
        if start >> 63:
            start -= 1 << 64
        flags = value >> 64 & 0xFFFFFFFF
        feed = value >> 96 & 0xFFFFFFFF
        skip = value >> 128 & 0xFFFFFFFF
        need_eof = value >> 160 & 0xFF
        buffer.seek(start)
        self._decoded = None
        self._used = 0
        self._snapshot = None
        decoder = self._decoder
        if decoder is not None:
            self._decoder_setstate(start, flags)
        if skip:
            chunk = buffer.read(feed)
            if chunk.__class__ is not bytes:
                raise TypeError('underlying read() should have returned a bytes object, '
                                f"not '{type(chunk).__name__}'")
            self._snapshot = (flags, chunk)
            if decoder is None:
                raise UnsupportedOperation('not readable')
            decoded = decoder.decode(chunk, bool(need_eof))
            self._decoded = decoded
            if len(decoded) < skip:
                raise OSError("can't restore logical file position")
            self._used = skip
        else:
            self._snapshot = (flags, b'')
        if self._encoder is not None:
            self._encoder_reset(start == 0 and flags == 0)
        return cookie

    def truncate(self, pos=None):
        buffer = self._attached()
        self.flush()
        return buffer.truncate(pos)

    def reconfigure(self, *args, **kwargs):
        """reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None,
        write_through=None): changes the encoding, errors, newline mode, line buffering or
        write-through of the stream (the first three not once text has been read ahead)."""
        if args:
            raise TypeError('reconfigure() takes no positional arguments')
        encoding = errors = line_buffering = write_through = None
        newline = _NOT_GIVEN
        for key, value in kwargs.items():
            if key == 'encoding':
                encoding = value
            elif key == 'errors':
                errors = value
            elif key == 'newline':
                newline = value
            elif key == 'line_buffering':
                line_buffering = value
            elif key == 'write_through':
                write_through = value
            else:
                raise TypeError(f"'{key}' is an invalid keyword argument for reconfigure()")
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("reconfigure() argument 'encoding' must be str or None, "
                            f'not {type(encoding).__name__}')
        if errors is not None and not isinstance(errors, str):
            raise TypeError("reconfigure() argument 'errors' must be str or None, "
                            f'not {type(errors).__name__}')
        new_newline = newline is not _NOT_GIVEN
        if new_newline and newline is not None and not isinstance(newline, str):
            raise TypeError("reconfigure() argument 'newline' must be str or None, "
                            f'not {type(newline).__name__}')
        if self._decoded is not None and (encoding is not None or errors is not None
                                          or new_newline):
            raise UnsupportedOperation('It is not possible to set the encoding or newline '
                                       'of stream after the first read')
        if new_newline:
            _check_newline(newline)
        line_buffering = (self._line_buffering if line_buffering is None
                          else _c_int(line_buffering) != 0)
        write_through = (self._write_through if write_through is None
                         else _c_int(write_through) != 0)
        self.flush()
        self._b2cratio = 0.0
        if new_newline:
            self._set_newline(newline)
        if encoding is not None or errors is not None or new_newline:
            if encoding is None:
                encoding = self._encoding
                if errors is None:
                    errors = self._errors
            else:
                if encoding == 'locale':
                    encoding = 'UTF-8'
                if errors is None:
                    errors = 'strict'
            family = _codec_family(encoding)
            buffer = self._buffer
            self._encoding = encoding
            self._family = family
            self._set_codec(buffer, family, errors)
            self._errors = errors
            self._fix_encoder_state(buffer)
        self._line_buffering = line_buffering
        self._write_through = write_through


_TextIOWrapper.__name__ = _TextIOWrapper.__qualname__ = 'TextIOWrapper'
_TextIOWrapper.__module__ = '_io'


def _open_text(file, mode, buffering, encoding, errors, newline, closefd, opener):
    """open() in a text mode whose encoding the native text files do not handle (the
    arguments already checked): a TextIOWrapper over the binary file."""
    binary_mode = mode.replace('t', '') + 'b'
    buffer = _open_binary(file, binary_mode, closefd, opener, -1 if buffering == 1 else buffering)
    try:
        line_buffering = buffering == 1 or buffering < 0 and buffer.isatty()
        text = _TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        text.mode = mode
    except BaseException:
        buffer.close()
        raise
    return text


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
