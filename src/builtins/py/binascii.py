"""binascii: conversions between binary data and ASCII encodings (hex, base64,
quoted-printable, uuencode) and the CRC-32 and CRC-CCITT checksums.

Cellar's implementation, in pure Python. The bulk conversions work on whole
buffers at once: every input byte is split into its bit fields with
bytes.translate, fields of neighbouring bytes are merged by OR-ing
int.from_bytes of the field streams, and the output streams are interleaved
with extended-slice assignment into a bytearray.
"""

from operator import index as _index


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_from_bytes = int.from_bytes
_NOARG = object()


# ---------------------------------------------------------------- arguments

def _argfail(fname, args, kw, kwnames, posonly, minpos, maxpos):
    """Raise the TypeError CPython's argument parser gives for a bad call."""
    nargs = len(args)
    nkw = len(kw)
    maxargs = posonly + len(kwnames)
    if nargs + nkw > maxargs:
        raise TypeError("%s() takes at most %d %sargument%s (%d given)" % (
            fname, maxargs, "keyword " if nargs == 0 else "",
            "" if maxargs == 1 else "s", nargs + nkw))
    if nargs > maxpos:
        if maxpos == 0:
            raise TypeError("%s() takes no positional arguments" % fname)
        raise TypeError("%s() takes %s %d positional argument%s (%d given)" % (
            fname, "at most" if minpos < maxpos else "exactly", maxpos,
            "" if maxpos == 1 else "s", nargs))
    minposonly = min(posonly, minpos)
    if nargs < minposonly:
        raise TypeError("%s() takes %s %d positional argument%s (%d given)" % (
            fname, "at least" if minposonly < maxpos else "exactly", minposonly,
            "" if minposonly == 1 else "s", nargs))
    for i in range(max(nargs, posonly), maxargs):
        name = kwnames[i - posonly]
        if name not in kw and i < minpos:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, name, i + 1))
    for i in range(posonly, nargs):
        name = kwnames[i - posonly]
        if name in kw:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (fname, name, i + 1))
    for name in kw:
        if name not in kwnames:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (name, fname))
    raise TypeError("%s() got bad arguments" % fname)


def _given(kw, name, value):
    """The keyword arguments of a call, with a keyword-only one put back."""
    if value is _NOARG:
        return kw
    full = {name: value}
    full.update(kw)
    return full


def _bind(fname, args, kw, names):
    """Values (or _NOARG) for the parameters names of a function whose
    parameters may all be passed by keyword and whose first is required."""
    n = len(args)
    if 1 <= n <= len(names) and not kw:
        return args + (_NOARG,) * (len(names) - n)
    if n <= len(names):
        values = list(args) + [_NOARG] * (len(names) - n)
        for name, value in kw.items():
            if name not in names or names.index(name) < n:
                break
            values[names.index(name)] = value
        else:
            if values[0] is not _NOARG:
                return values
    _argfail(fname, args, kw, names, 0, 1, len(names))


def _one_arg(fname, args, kw):
    """The checks of a function that takes exactly one positional argument."""
    if kw:
        raise TypeError("binascii.%s() takes no keyword arguments" % fname)
    raise TypeError("binascii.%s() takes exactly one argument (%d given)" % (fname, len(args)))


def _cint(value):
    """A flag or count argument converted as a C int."""
    if value is True or value is False:
        return value
    value = _index(value)
    if not -2147483648 <= value <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    return value


def _need_bytes(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii_data(data):
    """The data argument of an a2b_* function: bytes-like or ASCII str."""
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, str):
        if data.isascii():
            return data.encode("ascii")
        raise ValueError("string argument should contain only ASCII characters")
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


# ---------------------------------------------------------------- tables

def _table(f):
    return bytes([f(x) & 255 for x in range(256)])


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = [255] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
_B64_ALPHA = _B64 * 4                       # 6-bit value -> character
# encoding: a byte split into the fields of its output characters
_E_HI6 = _table(lambda x: _B64[x >> 2])
_E_LO6 = _table(lambda x: _B64[x & 63])
_E_LO2 = _table(lambda x: (x & 3) << 4)
_E_HI4 = _table(lambda x: x >> 4)
_E_LO4 = _table(lambda x: (x & 15) << 2)
_E_HI2 = _table(lambda x: x >> 6)
# decoding: a base64 character to the bits it gives each output byte
_D_0 = _table(lambda c: _B64_VALUE[c] << 2)
_D_1HI = _table(lambda c: (_B64_VALUE[c] & 63) >> 4)
_D_1LO = _table(lambda c: (_B64_VALUE[c] & 15) << 4)
_D_2HI = _table(lambda c: (_B64_VALUE[c] & 63) >> 2)
_D_2LO = _table(lambda c: (_B64_VALUE[c] & 3) << 6)
_D_3 = _table(lambda c: _B64_VALUE[c] & 63)
# validation: a data character -> 'A', anything else -> '!' (then bytes.isalnum)
_B64_CHECK = _table(lambda c: 65 if _B64_VALUE[c] != 255 else 33)
# non-strict decoding: data characters and '=' kept, anything else -> 255
_B64_KEEP = _table(lambda c: c if _B64_VALUE[c] != 255 or c == 61 else 255)
# strict decoding: data character -> 'A', '=' -> '=', anything else -> '!'
_B64_CLASS = _table(lambda c: 61 if c == 61 else 65 if _B64_VALUE[c] != 255 else 33)

_HEX_HI = _table(lambda x: b"0123456789abcdef"[x >> 4])
_HEX_LO = _table(lambda x: b"0123456789abcdef"[x & 15])
_HEXDIGITS = b"0123456789abcdefABCDEF"
_HEX_CHECK = _table(lambda c: 48 if c in _HEXDIGITS else 33)
_HEX_VALUE = _table(lambda c: int(chr(c), 16) if c in _HEXDIGITS else 0)
_HEX_VALUE_HI = _table(lambda c: (int(chr(c), 16) << 4) if c in _HEXDIGITS else 0)


# ---------------------------------------------------------------- hex

def _hexlify(data):
    """Lower-case hex digits of a bytes-like object, as bytes."""
    n = len(data)
    out = bytearray(2 * n)
    out[0::2] = data.translate(_HEX_HI)
    out[1::2] = data.translate(_HEX_LO)
    return bytes(out)


def _hexlify_sep(data, sep=_NOARG, bytes_per_sep=_NOARG):
    data = _need_bytes(data)
    bytes_per_sep = 1 if bytes_per_sep is _NOARG else _cint(bytes_per_sep)
    if sep is _NOARG:
        return _hexlify(data)
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    if isinstance(sep, str):
        code = ord(sep)
        if code > 255:
            raise ValueError("sep must be ASCII.")
        sep = bytes((code,))
    elif not isinstance(sep, bytes):
        raise TypeError("sep must be str or bytes.")
    text = _hexlify(data)
    n = len(data)
    step = -bytes_per_sep if bytes_per_sep < 0 else bytes_per_sep
    if step == 0 or step >= n:
        return text
    width = 2 * step
    seps = (n - 1) // step
    # counting from the right, the first group is the short one
    first = (2 * (n % step) or width) if bytes_per_sep > 0 else width
    if width > seps:
        # few groups: join them
        groups = [text[:first]]
        groups += [text[i:i + width] for i in range(first, 2 * n, width)]
        return sep.join(groups)
    # narrow groups: fill each column of the output with one slice assignment
    out = bytearray(2 * n + seps)
    out[:first] = text[:first]
    stride = width + 1
    out[first::stride] = sep * seps
    for j in range(width):
        out[first + 1 + j::stride] = text[first + j::width]
    return bytes(out)


_HEXLIFY_NAMES = ("data", "sep", "bytes_per_sep")


def hexlify(*args, **kw):
    """Hexadecimal representation of binary data, with an optional separator
    every bytes_per_sep bytes (counted from the right, or from the left when
    negative)."""
    if len(args) == 1 and not kw:
        return _hexlify(_need_bytes(args[0]))
    return _hexlify_sep(*_bind("hexlify", args, kw, _HEXLIFY_NAMES))


def b2a_hex(*args, **kw):
    """Hexadecimal representation of binary data (same as hexlify)."""
    if len(args) == 1 and not kw:
        return _hexlify(_need_bytes(args[0]))
    return _hexlify_sep(*_bind("b2a_hex", args, kw, _HEXLIFY_NAMES))


def _unhexlify(s):
    s = _ascii_data(s)
    n = len(s)
    if n & 1:
        raise Error("Odd-length string")
    if not n:
        return b""
    if not s.translate(_HEX_CHECK).isalnum():
        raise Error("Non-hexadecimal digit found")
    hi = _from_bytes(s[0::2].translate(_HEX_VALUE_HI), "big")
    return (hi | _from_bytes(s[1::2].translate(_HEX_VALUE), "big")).to_bytes(n >> 1, "big")


def unhexlify(*args, **kw):
    """Binary data of a string of hexadecimal digits (an even number of them)."""
    if len(args) != 1 or kw:
        _one_arg("unhexlify", args, kw)
    return _unhexlify(args[0])


def a2b_hex(*args, **kw):
    """Binary data of a string of hexadecimal digits (same as unhexlify)."""
    if len(args) != 1 or kw:
        _one_arg("a2b_hex", args, kw)
    return _unhexlify(args[0])


# ---------------------------------------------------------------- base64

def _b2a_base64(data, newline=True):
    """Base64 of a bytes-like object, with a trailing newline if asked."""
    data = _need_bytes(data)
    n = len(data)
    rest = n % 3
    full = n - rest
    g = full // 3
    size = 4 * g
    out = bytearray(size + (4 if rest else 0) + (1 if newline else 0))
    if g:
        a = data[0:full:3]
        b = data[1:full:3]
        c = data[2:full:3]
        out[0:size:4] = a.translate(_E_HI6)
        out[1:size:4] = (_from_bytes(a.translate(_E_LO2), "big")
                         | _from_bytes(b.translate(_E_HI4), "big")).to_bytes(g, "big").translate(_B64_ALPHA)
        out[2:size:4] = (_from_bytes(b.translate(_E_LO4), "big")
                         | _from_bytes(c.translate(_E_HI2), "big")).to_bytes(g, "big").translate(_B64_ALPHA)
        out[3:size:4] = c.translate(_E_LO6)
    if rest:
        x = data[full]
        out[size] = _B64[x >> 2]
        if rest == 1:
            out[size + 1] = _B64[(x & 3) << 4]
            out[size + 2] = 61
        else:
            y = data[full + 1]
            out[size + 1] = _B64[((x & 3) << 4) | (y >> 4)]
            out[size + 2] = _B64[(y & 15) << 2]
        out[size + 3] = 61
    if newline:
        out[-1] = 10
    return bytes(out)


def _decode64(s):
    """Bytes of base64 data characters only (no padding, no other characters),
    whose count is not 1 more than a multiple of 4."""
    n = len(s)
    rest = n & 3
    full = n - rest
    g = full >> 2
    size = 3 * g
    out = bytearray(size + (rest - 1 if rest else 0))
    if g:
        p0 = s[0:full:4]
        p1 = s[1:full:4]
        p2 = s[2:full:4]
        p3 = s[3:full:4]
        out[0:size:3] = (_from_bytes(p0.translate(_D_0), "big")
                         | _from_bytes(p1.translate(_D_1HI), "big")).to_bytes(g, "big")
        out[1:size:3] = (_from_bytes(p1.translate(_D_1LO), "big")
                         | _from_bytes(p2.translate(_D_2HI), "big")).to_bytes(g, "big")
        out[2:size:3] = (_from_bytes(p2.translate(_D_2LO), "big")
                         | _from_bytes(p3.translate(_D_3), "big")).to_bytes(g, "big")
    if rest > 1:
        v = _B64_VALUE
        x = v[s[full + 1]]
        out[size] = ((v[s[full]] << 2) | (x >> 4)) & 255
        if rest == 3:
            out[size + 1] = ((x << 4) | (v[s[full + 2]] >> 2)) & 255
    return bytes(out)


def _length_error(count):
    return Error("Invalid base64-encoded string: number of data characters (%d) "
                 "cannot be 1 more than a multiple of 4" % count)


def _a2b_base64(s, strict_mode=False):
    """Decode base64 (bytes-like or ASCII str), following CPython's rules for
    padding and for characters outside the alphabet."""
    s = _ascii_data(s)
    n = len(s)
    if not n:
        return b""
    if not n & 3:
        # the common case: only data characters, then at most two '='
        if s[-1] == 61:
            body = s[:-2] if s[-2] == 61 else s[:-1]
        else:
            body = s
        if body.translate(_B64_CHECK).isalnum():
            return _decode64(body)
    if strict_mode:
        return _a2b_base64_strict(s)
    s = s.translate(_B64_KEEP).translate(None, b"\xff")
    i = s.find(b"=")
    if i < 0:
        body = s
    else:
        # a run of '=' ends the data when it completes the last quad
        n = len(s)
        count = 0
        prev = 0
        while i >= 0:
            count += i - prev
            q = count & 3
            j = i + 1
            while j < n and s[j] == 61:
                j += 1
            if q >= 2 and j - i >= 4 - q:
                return _decode64(s[:i].replace(b"=", b""))
            prev = j
            i = s.find(b"=", j)
        body = s.replace(b"=", b"")
    rest = len(body) & 3
    if rest == 1:
        raise _length_error(len(body))
    if rest:
        raise Error("Incorrect padding")
    return _decode64(body)


def _a2b_base64_strict(s):
    n = len(s)
    if s[0] == 61:
        raise Error("Leading padding not allowed")
    kinds = s.translate(_B64_CLASS)
    i = kinds.find(b"=")
    bad = kinds.find(b"!")
    if bad >= 0 and (i < 0 or bad < i):
        raise Error("Only base64 data is allowed")
    if i < 0:
        i = n
        j = n
    else:
        j = i + 1
        while j < n and s[j] == 61:
            j += 1
    q = i & 3
    if q >= 2 and j - i >= 4 - q:
        if i + 4 - q < n:
            raise Error("Excess data after padding")
        return _decode64(s[:i])
    if j == n:
        if q == 1:
            raise _length_error(i)
        if q:
            raise Error("Incorrect padding")
        return _decode64(s[:i])
    if kinds[j] == 65:
        raise Error("Discontinuous padding not allowed")
    raise Error("Only base64 data is allowed")


def b2a_base64(*args, newline=_NOARG, **kw):
    """Base64 encoding of binary data, followed by a newline if newline is true."""
    if len(args) != 1 or kw:
        _argfail("b2a_base64", args, _given(kw, "newline", newline), ("newline",), 1, 1, 1)
    if newline is _NOARG:
        return _b2a_base64(args[0], True)
    data = _need_bytes(args[0])
    return _b2a_base64(data, newline if newline is True or newline is False else _cint(newline))


def a2b_base64(*args, strict_mode=_NOARG, **kw):
    """Decode base64 data. Characters outside the alphabet are skipped unless
    strict_mode is true, which also makes misplaced padding an error."""
    if len(args) != 1 or kw:
        _argfail("a2b_base64", args, _given(kw, "strict_mode", strict_mode),
                 ("strict_mode",), 1, 1, 1)
    if strict_mode is _NOARG:
        return _a2b_base64(args[0], False)
    data = _ascii_data(args[0])
    if strict_mode is not False and strict_mode is not True:
        strict_mode = _cint(strict_mode)
    return _a2b_base64(data, strict_mode)


# ---------------------------------------------------------------- CRCs

_crc32_table = None
_crc_hqx_table = None


def _crc_args(fname, args, kw, low, high):
    if kw:
        raise TypeError("binascii.%s() takes no keyword arguments" % fname)
    n = len(args)
    if low == high:
        raise TypeError("%s expected %d argument%s, got %d" % (fname, low, "" if low == 1 else "s", n))
    if n < low:
        raise TypeError("%s expected at least %d argument%s, got %d"
                        % (fname, low, "" if low == 1 else "s", n))
    raise TypeError("%s expected at most %d argument%s, got %d"
                    % (fname, high, "" if high == 1 else "s", n))


def crc32(*args, **kw):
    """CRC-32 of data, continuing from crc (0 to start)."""
    if not 1 <= len(args) <= 2 or kw:
        _crc_args("crc32", args, kw, 1, 2)
    global _crc32_table
    data = _need_bytes(args[0])
    crc = _index(args[1]) & 0xFFFFFFFF if len(args) == 2 else 0
    table = _crc32_table
    if table is None:
        table = []
        for i in range(256):
            c = i
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
        _crc32_table = table
    crc ^= 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 255] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(*args, **kw):
    """CRC-CCITT (as used by binhex) of data, continuing from crc."""
    if len(args) != 2 or kw:
        _crc_args("crc_hqx", args, kw, 2, 2)
    global _crc_hqx_table
    data = _need_bytes(args[0])
    crc = _index(args[1]) & 0xFFFF
    table = _crc_hqx_table
    if table is None:
        table = []
        for i in range(256):
            c = i << 8
            for _ in range(8):
                c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
            table.append(c)
        _crc_hqx_table = table
    for byte in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ byte]
    return crc


# ---------------------------------------------------------------- uuencode

def b2a_uu(*args, backtick=_NOARG, **kw):
    """Uuencode one line (at most 45 bytes) of binary data."""
    if len(args) != 1 or kw:
        _argfail("b2a_uu", args, _given(kw, "backtick", backtick), ("backtick",), 1, 1, 1)
    data = _need_bytes(args[0])
    backtick = False if backtick is _NOARG else _cint(backtick)
    n = len(data)
    if n > 45:
        raise Error("At most 45 bytes at once")
    rest = n % 3
    if rest:
        data = bytes(data) + bytes(3 - rest)
    out = bytearray()
    out.append(96 if backtick and not n else 32 + n)
    for i in range(0, len(data), 3):
        x = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        for shift in (18, 12, 6, 0):
            v = (x >> shift) & 63
            out.append(96 if backtick and not v else 32 + v)
    out.append(10)
    return bytes(out)


def a2b_uu(*args, **kw):
    """Decode one line of uuencoded data."""
    if len(args) != 1 or kw:
        _one_arg("a2b_uu", args, kw)
    data = _ascii_data(args[0])
    n = len(data)
    length = ((data[0] if n else 0) - 32) & 63
    out = bytearray()
    acc = 0
    bits = 0
    i = 1
    while length > 0:
        c = data[i] if i < n else 10
        if c == 10 or c == 13:
            c = 0
        elif c < 32 or c > 96:
            raise Error("Illegal char")
        else:
            c = (c - 32) & 63
        acc = (acc << 6) | c
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append(acc >> bits)
            acc &= (1 << bits) - 1
            length -= 1
        i += 1
    while i < n:
        c = data[i]
        if c != 32 and c != 96 and c != 10 and c != 13:
            raise Error("Trailing garbage")
        i += 1
    return bytes(out)


# ---------------------------------------------------------------- quoted-printable

_QP_HEX = b"0123456789ABCDEF"
_B2A_QP_NAMES = ("data", "quotetabs", "istext", "header")


def b2a_qp(*args, **kw):
    """Quoted-printable encoding of binary data. quotetabs also quotes tabs and
    spaces, istext=False quotes line ends too, header encodes spaces as '_'."""
    data, quotetabs, istext, header = _bind("b2a_qp", args, kw, _B2A_QP_NAMES)
    data = _need_bytes(data)
    quotetabs = False if quotetabs is _NOARG else _cint(quotetabs)
    istext = True if istext is _NOARG else _cint(istext)
    header = False if header is _NOARG else _cint(header)
    n = len(data)
    nl = data.find(b"\n")
    crlf = nl > 0 and data[nl - 1] == 13
    soft = b"=\r\n" if crlf else b"=\n"
    eol = b"\r\n" if crlf else b"\n"
    out = bytearray()
    linelen = 0
    i = 0
    while i < n:
        c = data[i]
        last = i + 1 == n
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and linelen == 0
                    and (last or data[i + 1] in (10, 13, 0)))
                or (not istext and (c == 13 or c == 10))
                or ((c == 9 or c == 32) and last)
                or (c < 33 and c != 13 and c != 10
                    and (quotetabs or (c != 9 and c != 32)))):
            if linelen + 3 >= 76:
                out += soft
                linelen = 0
            out.append(61)
            out.append(_QP_HEX[c >> 4])
            out.append(_QP_HEX[c & 15])
            linelen += 3
            i += 1
        elif istext and (c == 10 or (c == 13 and not last and data[i + 1] == 10)):
            linelen = 0
            if out and out[-1] in (32, 9):
                prev = out[-1]
                out[-1] = 61
                out.append(_QP_HEX[prev >> 4])
                out.append(_QP_HEX[prev & 15])
            out += eol
            i += 2 if c == 13 else 1
        else:
            if not last and data[i + 1] != 10 and linelen + 1 >= 76:
                out += soft
                linelen = 0
            linelen += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


def a2b_qp(*args, **kw):
    """Decode quoted-printable data; header=True also turns '_' into spaces."""
    data, header = _bind("a2b_qp", args, kw, ("data", "header"))
    data = _ascii_data(data)
    header = False if header is _NOARG else _cint(header)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        j = data.find(b"=", i)
        if j < 0:
            j = n
        if j > i:
            chunk = data[i:j]
            if header:
                chunk = chunk.replace(b"_", b" ")
            out += chunk
        if j >= n:
            break
        i = j + 1
        if i >= n:
            break
        c = data[i]
        if c == 10 or c == 13:
            # soft line break: skip to the end of the line
            if c != 10:
                while i < n and data[i] != 10:
                    i += 1
            if i < n:
                i += 1
        elif c == 61:
            out.append(61)
            i += 1
        elif i + 1 < n and c in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
            out.append((_HEX_VALUE[c] << 4) | _HEX_VALUE[data[i + 1]])
            i += 2
        else:
            out.append(61)
    return bytes(out)
