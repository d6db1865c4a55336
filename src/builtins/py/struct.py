"""Cellar's implementation of the struct module.

Owns: pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, Struct
and error, following CPython 3.11 on x86-64 Linux (native = little endian,
LP64 sizes and alignment).  Floats are encoded to IEEE 754 in pure Python.
"""

from math import frexp as _frexp, ldexp as _ldexp, copysign as _copysign
from operator import index as _index

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


_INF = float('inf')
_NAN = float('nan')

_S64 = (-(1 << 63), (1 << 63) - 1)
_U64 = (0, (1 << 64) - 1)
_OOR = 'argument out of range'
_TOO_LARGE = 'int too large to convert'

# Item kinds (first element of each compiled item).
_K_INT, _K_BOOL, _K_CHAR, _K_STR, _K_PASCAL, _K_FLOAT = range(6)

# code -> (size, alignment) for native mode.
_NATIVE = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4),
    'l': (8, 8), 'L': (8, 8), 'q': (8, 8), 'Q': (8, 8),
    'n': (8, 8), 'N': (8, 8), 'P': (8, 8),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
}
_STANDARD = {
    'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
    'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1,
}


def _range_msg(code, lo, hi):
    return "'%s' format requires %d <= number <= %d" % (code, lo, hi)


def _int_spec(code, size, mode):
    """Range checks for an integer code: (conv_lo, conv_hi, conv_msg, lo, hi, msg)."""
    if code == 'b':
        return _S64 + (_OOR, -128, 127, 'byte format requires -128 <= number <= 127')
    if code == 'B':
        return _S64 + (_OOR, 0, 255, 'ubyte format requires 0 <= number <= 255')
    signed = code in 'hilqn'
    bits = size * 8
    if signed:
        lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        lo, hi = 0, (1 << bits) - 1
    if code == 'P':
        return (-(1 << 63), _U64[1], _TOO_LARGE, -(1 << 63), _U64[1], _TOO_LARGE)
    if size == 8:
        msg = _TOO_LARGE if mode == '>' else _OOR
        conv = _S64 if signed else _U64
        return conv + (msg,) + conv + (msg,)
    if mode != '>' and code == 'h':
        return _S64 + (_OOR, lo, hi, 'short format requires -32768 <= number <= 32767')
    if mode != '>' and code == 'H':
        return _S64 + (_OOR, lo, hi, 'ushort format requires 0 <= number <= 65535')
    conv = _S64 if signed else _U64
    return conv + (_OOR, lo, hi, _range_msg(code, lo, hi))


class _Compiled:
    __slots__ = ('format', 'size', 'items', 'tail', 'nargs', 'order')


_cache = {}
_MAXCACHE = 100


def _clearcache():
    """Forget all cached format strings."""
    _cache.clear()


def _compile(fmt):
    c = _cache.get(fmt)
    if c is not None:
        return c
    if isinstance(fmt, str):
        text = fmt
        fmt.encode('ascii')
    elif isinstance(fmt, bytes):
        text = fmt.decode('latin-1')
    else:
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                        % type(fmt).__name__)
    if '\0' in text:
        raise error('embedded null character')
    c = _parse(text)
    c.format = fmt if isinstance(fmt, str) else fmt.decode('utf-8', 'replace')
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[fmt] = c
    return c


_SPACE = ' \t\n\r\x0b\x0c'
_DIGITS = '0123456789'
_SIZE_MAX = (1 << 63) - 1


def _parse(text):
    pos = 0
    n = len(text)
    mode = '@'
    if n and text[0] in '@=<>!':
        mode = text[0]
        pos = 1
    if mode == '!':
        mode = '>'
    native = mode == '@'
    order = 'big' if mode == '>' else 'little'
    table = _NATIVE if native else _STANDARD
    items = []
    size = 0
    nargs = 0
    last = 0
    while pos < n:
        ch = text[pos]
        pos += 1
        if ch in _SPACE:
            continue
        if ch in _DIGITS:
            num = ord(ch) - 48
            while True:
                if pos >= n:
                    raise error('repeat count given without format specifier')
                ch = text[pos]
                pos += 1
                if ch not in _DIGITS:
                    break
                num = num * 10 + ord(ch) - 48
                if num > _SIZE_MAX:
                    raise error('total struct size too long')
        else:
            num = 1
        entry = table.get(ch)
        if entry is None:
            raise error('bad char in struct format')
        if native:
            itemsize, align = entry
            if align > 1:
                size = (size + align - 1) // align * align
        else:
            itemsize = entry
        if num * itemsize > _SIZE_MAX - size:
            raise error('total struct size too long')
        if ch == 'x':
            size += num
            continue
        if ch == 's' or ch == 'p':
            if size > last:
                pad = b'\0' * (size - last)
            else:
                pad = b''
            items.append((_K_STR if ch == 's' else _K_PASCAL, size, num, pad, ch))
            size += num
            last = size
            nargs += 1
            continue
        if num == 0:
            continue
        if ch in 'efd':
            kind = _K_FLOAT
            spec = (ch, native)
        elif ch == '?':
            kind = _K_BOOL
            spec = None
        elif ch == 'c':
            kind = _K_CHAR
            spec = None
        else:
            kind = _K_INT
            spec = _int_spec(ch, itemsize, mode) + (ch in 'bhilqn',)
        for _ in range(num):
            pad = b'\0' * (size - last) if size > last else b''
            items.append((kind, size, itemsize, pad, spec))
            size += itemsize
            last = size
        nargs += num
    c = _Compiled()
    c.size = size
    c.items = items
    c.tail = b'\0' * (size - last)
    c.nargs = nargs
    c.order = order
    return c


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    if not hasattr(type(v), '__index__'):
        raise error('required argument is not an integer')
    return _index(v)


def _as_float(v):
    if type(v) is float:
        return v
    t = type(v)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        try:
            return float(v)
        except Exception:
            pass
    raise error('required argument is not a float')


# Float formats: code -> (mantissa bits, exponent bits, byte size).
_FLOAT_FMT = {'e': (10, 5, 2), 'f': (23, 8, 4), 'd': (52, 11, 8)}
_TWO53 = 9007199254740992.0


def _float_bits(x, code, native):
    """IEEE 754 bit pattern of x in format code, rounding half to even."""
    mbits, ebits, nbytes = _FLOAT_FMT[code]
    emax_field = (1 << ebits) - 1
    sign = 0
    if _copysign(1.0, x) < 0.0:
        sign = 1 << (mbits + ebits)
        x = -x
    if x != x:
        return sign | (emax_field << mbits) | (1 << (mbits - 1))
    if x == _INF:
        return sign | (emax_field << mbits)
    if x == 0.0:
        return sign
    m, e = _frexp(x)
    M = int(m * _TWO53)
    bias = (1 << (ebits - 1)) - 1
    E = e - 1
    normal = E >= 1 - bias
    if normal:
        shift = 52 - mbits
    else:
        shift = (1 - bias - mbits) - (e - 53)
    if shift > 0:
        if shift > 54:
            q = 0
        else:
            q = M >> shift
            r = M - (q << shift)
            half = 1 << (shift - 1)
            if r > half or (r == half and q & 1):
                q += 1
    else:
        q = M
    if not normal:
        return sign | q
    if q >> (mbits + 1):
        q >>= 1
        E += 1
    if E > bias:
        if code == 'f' and native:
            return sign | (emax_field << mbits)
        raise OverflowError('float too large to pack with %s format' % code)
    return sign | ((E + bias) << mbits) | (q - (1 << mbits))


def _bits_float(bits, code):
    mbits, ebits, nbytes = _FLOAT_FMT[code]
    emax_field = (1 << ebits) - 1
    E = (bits >> mbits) & emax_field
    M = bits & ((1 << mbits) - 1)
    neg = bits >> (mbits + ebits)
    if E == emax_field:
        v = _NAN if M else _INF
    elif E == 0:
        v = _ldexp(M, 2 - (1 << (ebits - 1)) - mbits)
    else:
        v = _ldexp(M | (1 << mbits), E - ((1 << (ebits - 1)) - 1) - mbits)
    return _copysign(v, -1.0) if neg else v


def _pack_parts(c, args, out):
    order = c.order
    for item, v in zip(c.items, args):
        kind, off, size, pad, spec = item
        if pad:
            out.append(pad)
        if kind == _K_INT:
            if type(v) is not int:
                v = _as_int(v)
            clo, chi, cmsg, lo, hi, msg, signed = spec
            if v < clo or v > chi:
                raise error(cmsg)
            if v < lo or v > hi:
                raise error(msg)
            if v < 0 and not signed:
                v += 1 << 64
            out.append(v.to_bytes(size, order, signed=signed))
        elif kind == _K_FLOAT:
            code, native = spec
            bits = _float_bits(_as_float(v), code, native)
            out.append(bits.to_bytes(size, order))
        elif kind == _K_BOOL:
            out.append(b'\x01' if v else b'\x00')
        elif kind == _K_CHAR:
            if not isinstance(v, bytes) or len(v) != 1:
                raise error('char format requires a bytes object of length 1')
            out.append(bytes(v))
        else:
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % spec)
            v = bytes(v)
            if kind == _K_STR:
                if len(v) >= size:
                    out.append(v[:size])
                else:
                    out.append(v)
                    out.append(b'\0' * (size - len(v)))
            elif size:
                k = min(len(v), size - 1)
                out.append(bytes((min(k, 255),)))
                out.append(v[:k])
                out.append(b'\0' * (size - 1 - k))
    if c.tail:
        out.append(c.tail)


def _pack(c, args):
    if len(args) != c.nargs:
        raise error('pack expected %d items for packing (got %d)' % (c.nargs, len(args)))
    out = []
    _pack_parts(c, args, out)
    return b''.join(out)


def _buffer(buf):
    if isinstance(buf, (bytes, bytearray)):
        return buf
    raise TypeError("a bytes-like object is required, not '%s'" % type(buf).__name__)


def _unpack_at(c, buf, base):
    order = c.order
    res = []
    append = res.append
    from_bytes = int.from_bytes
    for kind, off, size, pad, spec in c.items:
        o = base + off
        if kind == _K_INT:
            append(from_bytes(buf[o:o + size], order, signed=spec[6]))
        elif kind == _K_FLOAT:
            append(_bits_float(from_bytes(buf[o:o + size], order), spec[0]))
        elif kind == _K_BOOL:
            append(buf[o] != 0)
        elif kind == _K_CHAR:
            append(bytes(buf[o:o + 1]))
        elif kind == _K_STR:
            append(bytes(buf[o:o + size]))
        else:
            if size == 0:
                raise SystemError('Negative size passed to PyBytes_FromStringAndSize')
            k = buf[o]
            if k >= size:
                k = size - 1
            append(bytes(buf[o + 1:o + 1 + k]))
    return tuple(res)


def _offset(v):
    if type(v) is not int:
        v = _index(v)
    if v < _S64[0] or v > _S64[1]:
        raise IndexError("cannot fit 'int' into an index-sized integer")
    return v


def _pack_into(c, args):
    nargs = len(args)
    if nargs != c.nargs + 2:
        if nargs == 0:
            raise error('pack_into expected buffer argument')
        if nargs == 1:
            raise error('pack_into expected offset argument')
        raise error('pack_into expected %d items for packing (got %d)'
                    % (c.nargs, nargs - 2))
    buf = args[0]
    if not isinstance(buf, bytearray):
        raise TypeError('argument must be read-write bytes-like object, not %s'
                        % type(buf).__name__)
    offset = _offset(args[1])
    size = c.size
    blen = len(buf)
    if offset < 0:
        if offset + size > 0:
            raise error('no space to pack %d bytes at offset %d' % (size, offset))
        if offset + blen < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, blen))
        offset += blen
    if blen - offset < size:
        raise error('pack_into requires a buffer of at least %d bytes for packing '
                    '%d bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, blen))
    out = []
    _pack_parts(c, args[2:], out)
    buf[offset:offset + size] = b''.join(out)


def _unpack(c, buf):
    buf = _buffer(buf)
    if len(buf) != c.size:
        raise error('unpack requires a buffer of %d bytes' % c.size)
    return _unpack_at(c, buf, 0)


def _unpack_from(c, buf, offset):
    buf = _buffer(buf)
    if type(offset) is not int:
        offset = _index(offset)
    if offset < _S64[0] or offset > _S64[1]:
        raise OverflowError('Python int too large to convert to C ssize_t')
    size = c.size
    blen = len(buf)
    if offset < 0:
        if offset + blen < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, blen))
        if offset + size > 0:
            raise error('not enough data to unpack %d bytes at offset %d' % (size, offset))
        offset += blen
    if blen - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking '
                    '%d bytes at offset %d (actual buffer size is %d)'
                    % (size + offset, size, offset, blen))
    return _unpack_at(c, buf, offset)


class unpack_iterator:
    """Iterator over the consecutive records of a buffer."""

    __slots__ = ('_c', '_buf', '_pos')
    __module__ = '_struct'

    def __iter__(self):
        return self

    def __next__(self):
        c = self._c
        if self._buf is None:
            raise StopIteration
        pos = self._pos
        if pos + c.size > len(self._buf):
            self._buf = None
            raise StopIteration
        self._pos = pos + c.size
        return _unpack_at(c, self._buf, pos)

    def __length_hint__(self):
        if self._buf is None:
            return 0
        return (len(self._buf) - self._pos) // self._c.size


def _iter_unpack(c, buf):
    buf = _buffer(buf)
    if c.size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buf) % c.size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                    % c.size)
    it = object.__new__(unpack_iterator)
    it._c = c
    it._buf = buf
    it._pos = 0
    return it


_MISSING = object()


class Struct:
    """A compiled struct format."""

    __slots__ = ('_c',)
    __module__ = '_struct'

    def __init__(self, format=_MISSING):
        if format is _MISSING:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        self._c = _compile(format)

    @property
    def format(self):
        return self._c.format

    @property
    def size(self):
        return self._c.size

    def pack(self, *args):
        return _pack(self._c, args)

    def pack_into(self, *args):
        _pack_into(self._c, args)

    def unpack(self, buffer, /):
        return _unpack(self._c, buffer)

    def unpack_from(self, buffer, offset=0):
        return _unpack_from(self._c, buffer, offset)

    def iter_unpack(self, buffer, /):
        return _iter_unpack(self._c, buffer)


def calcsize(format, /):
    """Size in bytes of the struct described by format."""
    return _compile(format).size


def pack(*args):
    """Pack the values into bytes according to the format."""
    if not args:
        raise TypeError('missing format argument')
    return _pack(_compile(args[0]), args[1:])


def pack_into(*args):
    """Pack the values into a writable buffer at an offset."""
    if not args:
        raise TypeError('missing format argument')
    _pack_into(_compile(args[0]), args[1:])


def unpack(format, buffer, /):
    """Unpack a buffer whose length must equal calcsize(format)."""
    return _unpack(_compile(format), buffer)


def unpack_from(format, /, buffer, offset=0):
    """Unpack from a buffer starting at offset."""
    return _unpack_from(_compile(format), buffer, offset)


def iter_unpack(format, buffer, /):
    """Iterate over the records of a buffer."""
    return _iter_unpack(_compile(format), buffer)
