"""Cellar's `tempfile`: temporary files and directories as in CPython 3.11 on Linux
(mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile,
TemporaryDirectory, gettempdir). Names are 8 random characters drawn from os.urandom, so
they do not disturb the `random` module's state."""

import io as _io
import os as _os
import shutil as _shutil
from types import GenericAlias as _GenericAlias
from _cellar import c_type as _c_type
from operator import index as _index

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW
_bin_openflags = _text_openflags

TMP_MAX = _os.TMP_MAX
template = "tmp"
tempdir = None


def _exists(fn):
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


def _infer_return_type(*args):
    """str or bytes: the type of the given path pieces (which must agree)."""
    return_type = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if return_type is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = bytes
        else:
            if return_type is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            return_type = str
    if return_type is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return return_type


def _sanitize_params(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of 8-character names for temporary files."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __iter__(self):
        return self

    def __next__(self):
        chars = self.characters
        n = len(chars)
        return ''.join([chars[b % n] for b in _os.urandom(8)])


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    """The folders gettempdir tries, in order."""
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate folder in which a file can be created and written."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for _ in range(100):
            filename = _os.path.join(dir, next(namer))
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    try:
                        _os.write(fd, b'blat')
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(2, "No usable temporary directory found in %s" % dirlist)


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The folder for temporary files (tempdir, computed on first use)."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The folder for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    dir = _os.path.abspath(dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _os.fsencode(name)
        file = _os.path.join(dir, pre + name + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, file
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by the user; returns (fd, absolute
    path). The caller removes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory usable only by the user; returns its path. The caller
    removes it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _os.fsencode(name)
        file = _os.path.join(dir, prefix + name + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name for a temporary file that did not exist when asked (unsafe: prefer
    mkstemp)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes (and deletes) a temporary file once, when asked or when collected."""

    file = None
    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    unlink(self.name)

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """A temporary file: the file object's attributes, plus `name`, `delete`, and closing
    that deletes the file."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        a = getattr(self.__dict__['file'], name)
        if not isinstance(a, int):
            setattr(self, name, a)
        return a

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Close the file, deleting it if `delete` is true."""
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A new temporary file with a name in the file system (its `name`), deleted when
    closed if `delete` is true."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        # Cellar's open() does not take a file descriptor yet: the new file is opened again
        # by its name (a name nobody else has, as O_EXCL made sure).
        _os.close(fd)
        file = open(name, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
        try:
            return _TemporaryFileWrapper(file, name, delete)
        except BaseException:
            file.close()
            raise
    except BaseException:
        _os.unlink(name)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A new temporary file with no name in the file system (removed at once; it lives
    until closed)."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, output_type)
    try:
        _os.unlink(name)
    except BaseException:
        _os.close(fd)
        raise
    try:
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors)
    except BaseException:
        # open() closes the descriptor itself when it gets that far.
        try:
            _os.close(fd)
        except OSError:
            pass
        raise


# ---------------------------------------------------------------------------------------------
# The text stream of a text-mode SpooledTemporaryFile: as in CPython, text encoded into a
# BytesIO, with the behaviour (positions, newlines, messages) of _io.TextIOWrapper, which in
# Cellar is the native file type and cannot wrap a BytesIO.

_CHUNK_SIZE = 8192
_CLOSED = "I/O operation on closed file."
_DETACHED = "underlying buffer has been detached"

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
    try:
        probe = 'a'.encode(encoding)
    except LookupError as e:
        if 'is not a text encoding' in str(e):
            raise LookupError("%r is not a text encoding; use codecs.open() to handle "
                              "arbitrary codecs" % encoding) from None
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
        data = self._pending + bytes(input)
        codec = self._codec
        bom_size = 0
        if self._first:
            bom = self._bom
            if bom == 'utf-8-sig':
                if len(data) < 3 and b'\xef\xbb\xbf'.startswith(data):
                    self._pending = data
                    return ''
                self._first = False
                body = data[3:] if data[:3] == b'\xef\xbb\xbf' else data
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
                    raise UnicodeError("%s stream does not start with BOM" % bom.upper())
                bom_size = size
                body = data[size:]
        else:
            body = data
        unit = self._unit
        if final or unit == 1:
            cut = len(body)
        elif unit == 0:
            cut = _utf8_complete(body)
        else:
            cut = len(body) - len(body) % unit
            # A UTF-16 high surrogate waits for its partner.
            if unit == 2 and cut:
                high = body[cut - 1] if codec == 'utf-16-le' else body[cut - 2]
                if 0xD8 <= high <= 0xDB:
                    cut -= 2
        if bom_size:
            # Decoded with the BOM, for CPython's error positions.
            text = data[:bom_size + cut].decode(self._bom, self._errors)
            self._codec = codec
            self._first = False
        else:
            text = body[:cut].decode(codec, self._errors) if cut else ''
        self._pending = body[cut:]
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


def _size_arg(size):
    if size is None:
        return -1
    if not hasattr(type(size), '__index__'):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return _index(size)


def _str_arg(value, name):
    if value is not None and not isinstance(value, str):
        raise TypeError("TextIOWrapper() argument '%s' must be str or None, not %s"
                        % (name, type(value).__name__))


@_c_type
class _TextIOWrapper:
    """A text stream over a BytesIO, as CPython's _io.TextIOWrapper: a decoded read-ahead
    chunk, tell() cookies that rebuild the decoder state, and its error messages."""

    def __init__(self, buffer, encoding, errors, newline):
        _str_arg(encoding, 'encoding')
        _str_arg(errors, 'errors')
        _str_arg(newline, 'newline')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        family = _codec_family(encoding)
        self._family = family
        self._buffer = buffer
        self._encoding = encoding
        self._errors = 'strict' if errors is None else errors
        self._readuniversal = not newline
        self._readnl = newline
        self._writenl = newline if newline in ('\r', '\r\n') else None
        self._bom_next = family[2] is not None and buffer.tell() == 0
        decoder = _Decoder(family, self._errors)
        if self._readuniversal:
            decoder = _io.IncrementalNewlineDecoder(decoder, newline is None)
        self._decoder = decoder
        self._decoded = ''
        self._used = 0
        self._snapshot = None
        self._telling = True
        self._b2cratio = 0.0

    # State checks, and the decoded read-ahead.

    def _attached(self):
        buffer = self._buffer
        if buffer is None:
            raise ValueError(_DETACHED)
        return buffer

    def _open(self):
        buffer = self._buffer
        if buffer is None:
            raise ValueError(_DETACHED)
        if buffer.closed:
            raise ValueError(_CLOSED)
        return buffer

    def _set_decoded(self, chars):
        self._decoded = chars
        self._used = 0

    def _take(self, n=-1):
        start = self._used
        chars = self._decoded[start:] if n < 0 else self._decoded[start:start + n]
        self._used = start + len(chars)
        return chars

    def _read_chunk(self, size_hint=0):
        """Decode the next chunk of bytes into the read-ahead; false at the end of the data."""
        decoder = self._decoder
        if self._telling:
            dec_buffer, dec_flags = decoder.getstate()
        size = _CHUNK_SIZE
        if size_hint > 0:
            size = max(size, int(max(self._b2cratio, 1.0) * size_hint))
        chunk = self._buffer.read1(size)
        decoded = decoder.decode(chunk, not chunk)
        self._set_decoded(decoded)
        self._b2cratio = len(chunk) / len(decoded) if decoded else 0.0
        if self._telling:
            self._snapshot = (dec_flags, dec_buffer + chunk)
        return bool(chunk or decoded)

    # Attributes.

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def buffer(self):
        return self._buffer

    line_buffering = False
    write_through = False

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def newlines(self):
        self._attached()
        return getattr(self._decoder, 'newlines', None)

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        for attr in ('name', 'mode'):
            try:
                value = getattr(self, attr)
            except (AttributeError, ValueError):
                continue
            parts.append('%s=%r' % (attr, value))
        parts.append('encoding=%r>' % (self._encoding,))
        return ' '.join(parts)

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

    def flush(self):
        buffer = self._open()
        self._telling = True
        buffer.flush()

    def close(self):
        buffer = self._attached()
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def detach(self):
        self._attached()
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    # Writing.

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        buffer = self._open()
        length = len(text)
        if self._writenl is not None and '\n' in text:
            text = text.replace('\n', self._writenl)
        family = self._family
        if family[2] is None:
            data = text.encode(family[0] if family[1] > 1 else self._encoding, self._errors)
        elif self._bom_next:
            data = text.encode(family[2], self._errors)
            self._bom_next = False
        else:
            data = text.encode(family[3], self._errors)
        buffer.write(data)
        self._set_decoded('')
        self._snapshot = None
        self._decoder.reset()
        return length

    def writelines(self, lines):
        self._open()
        for line in lines:
            self.write(line)

    # Reading.

    def read(self, size=-1):
        buffer = self._open()
        size = _size_arg(size)
        if size < 0:
            data = buffer.read()
            result = self._take() + self._decoder.decode(data, True)
            self._set_decoded('')
            self._snapshot = None
            return result
        result = self._take(size)
        while len(result) < size and self._read_chunk(size - len(result)):
            result += self._take(size - len(result))
        return result

    def readline(self, size=-1):
        self._open()
        size = _index(size)
        # As CPython's: text without a line ending is put aside chunk by chunk; `rest` is
        # the tail of a chunk that may begin a two-character ending.
        parts = []
        kept = 0
        rest = ''
        line = None
        while True:
            more = True
            while not self._decoded:
                more = self._read_chunk()
                if not more:
                    break
            if not more:
                self._set_decoded('')
                self._snapshot = None
                break
            if rest:
                line = rest + self._decoded
                start = 0
                offset = len(rest)
                rest = ''
            else:
                line = self._decoded
                start = self._used
                offset = 0
            end, consumed = self._line_end(line, start)
            if end >= 0:
                if 0 <= size <= end - start + kept:
                    end = start + size - kept
                break
            end = consumed
            if 0 <= size <= end - start + kept:
                end = start + size - kept
                break
            if end > start:
                parts.append(line[start:end])
                kept += end - start
            rest = line[end:]
            line = None
            self._set_decoded('')
        if line is not None:
            self._used = end - offset
            parts.append(line[start:end])
        parts.append(rest)
        return ''.join(parts)

    def _line_end(self, line, start):
        """(end of the first line of line[start:] after its ending, -1), or (-1, how far
        the text surely holds no line ending) when it has none."""
        nl = self._readnl
        if nl is None:
            pos = line.find('\n', start)
        elif not nl:
            cr = line.find('\r', start)
            lf = line.find('\n', start)
            if cr < 0:
                pos = lf
            elif 0 <= lf < cr:
                pos = lf
            else:
                # The decoder never splits '\r\n'.
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

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
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

    def __iter__(self):
        self._open()
        return self

    def __next__(self):
        self._attached()
        self._telling = False
        line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = True
            raise StopIteration
        return line

    # Positions: a tell() cookie packs the byte position of a point where the decoder holds
    # no bytes, its flags there, and how many bytes and characters to replay from there.

    def tell(self):
        buffer = self._open()
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        position = buffer.tell()
        snapshot = self._snapshot
        if snapshot is None:
            return position
        flags, next_input = snapshot
        start = position - len(next_input)
        skip = self._used
        if not skip:
            return start | flags << 64
        decoder = self._decoder
        saved = decoder.getstate()
        try:
            # Jump close to the position, then feed the decoder one byte at a time.
            skip_bytes = int(self._b2cratio * skip)
            skip_back = 1
            while skip_bytes > 0:
                self._restore_decoder(start, flags)
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
                self._restore_decoder(start, flags)
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

    def _restore_decoder(self, start, flags):
        if start == 0 and flags == 0:
            self._decoder.reset()
        else:
            self._decoder.setstate((b'', flags))

    def seek(self, cookie, whence=0):
        buffer = self._open()
        whence = _index(whence)
        if whence == 1:
            if cookie != 0:
                raise _io.UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise _io.UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._set_decoded('')
            self._snapshot = None
            self._decoder.reset()
            position = buffer.seek(0, 2)
            self._bom_next = self._family[2] is not None and position == 0
            return position
        elif whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        value = int(cookie)
        if value >> 168:
            raise OverflowError("int too big to convert")
        start = value & 0xFFFFFFFFFFFFFFFF
        flags = value >> 64 & 0xFFFFFFFF
        feed = value >> 96 & 0xFFFFFFFF
        skip = value >> 128 & 0xFFFFFFFF
        need_eof = value >> 160 & 0xFF
        buffer.seek(start)
        self._set_decoded('')
        self._snapshot = None
        self._restore_decoder(start, flags)
        if skip:
            chunk = buffer.read(feed)
            self._snapshot = (flags, chunk)
            self._set_decoded(self._decoder.decode(chunk, bool(need_eof)))
            if len(self._decoded) < skip:
                raise OSError("can't restore logical file position")
            self._used = skip
        else:
            self._snapshot = (flags, b'')
        self._bom_next = self._family[2] is not None and cookie == 0
        return cookie

    def truncate(self, pos=None):
        buffer = self._attached()
        self.flush()
        return buffer.truncate(pos)


_TextIOWrapper.__name__ = _TextIOWrapper.__qualname__ = 'TextIOWrapper'
_TextIOWrapper.__module__ = '_io'
_io.TextIOBase.register(_TextIOWrapper)


class SpooledTemporaryFile:
    """A temporary file kept in memory (a BytesIO, under a text layer in text mode) until it
    grows past max_size or its fileno() is asked for; then it is moved to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _TextIOWrapper(_io.BytesIO(), encoding, errors, newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(_GenericAlias)

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file."""
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        if hasattr(newfile, 'buffer'):
            newfile.buffer.write(file.detach().getvalue())
            # Cellar's text files do not flush their buffer when they seek.
            newfile.buffer.flush()
        else:
            newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


class _DirFinalizer:
    """Removes a TemporaryDirectory's folder when the directory object is collected (the
    part of weakref.finalize that TemporaryDirectory needs)."""

    def __init__(self, name, ignore_errors):
        self.name = name
        self.ignore_errors = ignore_errors
        self.alive = True

    def detach(self):
        """True (once) if the cleanup had not happened yet; it will not happen any more."""
        alive = self.alive
        self.alive = False
        return alive

    def __del__(self):
        if self.alive:
            self.alive = False
            TemporaryDirectory._rmtree(self.name, ignore_errors=self.ignore_errors)


class TemporaryDirectory:
    """A new temporary directory (its path is `name`), removed with its contents by
    cleanup(), at the end of a with block, or when the object is collected."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _DirFinalizer(self.name, ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                try:
                    if path != name:
                        _os.chmod(_os.path.dirname(path), 0o700)
                    _os.chmod(path, 0o700)
                    try:
                        _os.unlink(path)
                    except (IsADirectoryError, PermissionError):
                        cls._rmtree(path, ignore_errors=ignore_errors)
                except FileNotFoundError:
                    pass
            elif issubclass(exc_info[0], FileNotFoundError):
                pass
            elif not ignore_errors:
                raise
        _shutil.rmtree(name, onerror=onerror)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        """Remove the directory and everything in it."""
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_GenericAlias)
