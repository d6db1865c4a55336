"""base64: the Base16, Base32, Base64 (RFC 3548 / 4648), Base85 and Ascii85
data encodings.

Cellar's implementation, written over Cellar's binascii. Base32 and the 85
encodings work on whole buffers: bit fields are split out with
bytes.translate and merged with int.from_bytes, and the base-85 digits of all
4-byte words are computed at once in 64-bit lanes of one big integer.
"""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

_from_bytes = int.from_bytes
_b2a_base64 = binascii._b2a_base64
_a2b_base64 = binascii._a2b_base64


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        if s.isascii():
            return s.encode('ascii')
        raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % s.__class__.__name__)


def _no_buffer(s):
    """The error memoryview(s) gives for an object without the buffer protocol."""
    return TypeError("memoryview: a bytes-like object is required, not '%s'"
                     % type(s).__name__)


def _table(f):
    return bytes([f(x) & 255 for x in range(256)])


# ---------------------------------------------------------------- Base64

def b64encode(s, altchars=None):
    """Encode the bytes-like object s with Base64; altchars (2 bytes) replaces
    '+' and '/'."""
    encoded = _b2a_base64(s, False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 data (bytes-like or ASCII str). Characters outside the
    alphabet are discarded unless validate is true, which makes them an error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    if validate is not False and validate is not True:
        validate = binascii._cint(validate)
    return _a2b_base64(s, validate)


def standard_b64encode(s):
    """Encode the bytes-like object s with the standard Base64 alphabet."""
    return _b2a_base64(s, False)


def standard_b64decode(s):
    """Decode data encoded with the standard Base64 alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode with the URL- and filesystem-safe alphabet ('-' and '_' for '+' and '/')."""
    return _b2a_base64(s, False).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode data encoded with the URL- and filesystem-safe alphabet."""
    s = _bytes_from_decode_data(s)
    return _a2b_base64(s.translate(_urlsafe_decode_translation), False)


# ---------------------------------------------------------------- Base32

_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'

# Encoding: 5 input bytes a b c d e give 8 characters of 5 bits each;
# these tables give a byte's share of the characters that span two bytes.
_E_A_LO3 = _table(lambda x: (x & 7) << 2)
_E_B_HI2 = _table(lambda x: x >> 6)
_E_B_LO1 = _table(lambda x: (x & 1) << 4)
_E_C_HI4 = _table(lambda x: x >> 4)
_E_C_LO4 = _table(lambda x: (x & 15) << 1)
_E_D_HI1 = _table(lambda x: x >> 7)
_E_D_LO2 = _table(lambda x: (x & 3) << 3)
_E_E_HI3 = _table(lambda x: x >> 5)

_b32_tables = {}


def _b32_tables_for(alphabet):
    """Per-alphabet tables: value -> character, the characters of single
    fields, and a character's share of each decoded byte."""
    alpha = alphabet * 8
    value = [0] * 256
    for i, c in enumerate(alphabet):
        value[c] = i
    enc = (alpha,
           _table(lambda x: alpha[x >> 3]),
           _table(lambda x: alpha[(x >> 1) & 31]),
           _table(lambda x: alpha[(x >> 2) & 31]),
           _table(lambda x: alpha[x & 31]))
    dec = tuple(_table(lambda c, f=f: f(value[c])) for f in (
        lambda v: v << 3, lambda v: v >> 2,                         # byte 0
        lambda v: v << 6, lambda v: v << 1, lambda v: v >> 4,       # byte 1
        lambda v: v << 4, lambda v: v >> 1,                         # byte 2
        lambda v: v << 7, lambda v: v << 2, lambda v: v >> 3,       # byte 3
        lambda v: v << 5, lambda v: v))                             # byte 4
    check = _table(lambda c: 65 if c in alphabet else 33)
    tables = _b32_tables[alphabet] = (enc, dec, check)
    return tables


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        raise _no_buffer(s)
    tables = _b32_tables.get(alphabet) or _b32_tables_for(alphabet)
    alpha, a_hi5, b_mid5, d_mid5, e_lo5 = tables[0]
    leftover = len(s) % 5
    if leftover:
        s = s + bytes(5 - leftover)
    g = len(s) // 5
    a = s[0::5]
    b = s[1::5]
    c = s[2::5]
    d = s[3::5]
    e = s[4::5]
    out = bytearray(8 * g)
    out[0::8] = a.translate(a_hi5)
    out[1::8] = (_from_bytes(a.translate(_E_A_LO3), 'big')
                 | _from_bytes(b.translate(_E_B_HI2), 'big')).to_bytes(g, 'big').translate(alpha)
    out[2::8] = b.translate(b_mid5)
    out[3::8] = (_from_bytes(b.translate(_E_B_LO1), 'big')
                 | _from_bytes(c.translate(_E_C_HI4), 'big')).to_bytes(g, 'big').translate(alpha)
    out[4::8] = (_from_bytes(c.translate(_E_C_LO4), 'big')
                 | _from_bytes(d.translate(_E_D_HI1), 'big')).to_bytes(g, 'big').translate(alpha)
    out[5::8] = d.translate(d_mid5)
    out[6::8] = (_from_bytes(d.translate(_E_D_LO2), 'big')
                 | _from_bytes(e.translate(_E_E_HI3), 'big')).to_bytes(g, 'big').translate(alpha)
    out[7::8] = e.translate(e_lo5)
    if leftover:
        pad = (0, 6, 4, 3, 1)[leftover]
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    size = len(s)
    s = s.rstrip(b'=')
    padchars = size - len(s)
    tables = _b32_tables.get(alphabet) or _b32_tables_for(alphabet)
    if s and not s.translate(tables[2]).isalnum():
        raise binascii.Error('Non-base32 digit found')
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars:
        s = s + alphabet[:1] * padchars
    t0, t1a, t1b, t2, t3a, t3b, t4a, t4b, t5, t6a, t6b, t7 = tables[1]
    g = len(s) // 8
    c0 = s[0::8]
    c1 = s[1::8]
    c2 = s[2::8]
    c3 = s[3::8]
    c4 = s[4::8]
    c5 = s[5::8]
    c6 = s[6::8]
    c7 = s[7::8]
    out = bytearray(5 * g)
    out[0::5] = (_from_bytes(c0.translate(t0), 'big')
                 | _from_bytes(c1.translate(t1a), 'big')).to_bytes(g, 'big')
    out[1::5] = (_from_bytes(c1.translate(t1b), 'big')
                 | _from_bytes(c2.translate(t2), 'big')
                 | _from_bytes(c3.translate(t3a), 'big')).to_bytes(g, 'big')
    out[2::5] = (_from_bytes(c3.translate(t3b), 'big')
                 | _from_bytes(c4.translate(t4a), 'big')).to_bytes(g, 'big')
    out[3::5] = (_from_bytes(c4.translate(t4b), 'big')
                 | _from_bytes(c5.translate(t5), 'big')
                 | _from_bytes(c6.translate(t6a), 'big')).to_bytes(g, 'big')
    out[4::5] = (_from_bytes(c6.translate(t6b), 'big')
                 | _from_bytes(c7.translate(t7), 'big')).to_bytes(g, 'big')
    if padchars:
        del out[len(out) - 5 + (43 - 5 * padchars) // 8:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s with Base32."""
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 data (bytes-like or ASCII str). casefold accepts lower
    case; map01 (b'I' or b'L') says what the digit 1 stands for, and maps 0 to O."""
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s with the extended-hex Base32 alphabet."""
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    """Decode data encoded with the extended-hex Base32 alphabet."""
    return _b32decode(_b32hexalphabet, s, casefold)


# ---------------------------------------------------------------- Base16

_B16_CHECK = _table(lambda c: 65 if c in b'0123456789ABCDEF' else 33)


def b16encode(s):
    """Encode the bytes-like object s with Base16 (upper-case hex)."""
    return binascii._hexlify(binascii._need_bytes(s)).upper()


def b16decode(s, casefold=False):
    """Decode Base16 data; casefold accepts lower-case digits."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s and not s.translate(_B16_CHECK).isalnum():
        raise binascii.Error('Non-base16 digit found')
    return binascii._unhexlify(s)


# ---------------------------------------------------------------- Ascii85 and Base85

_A85START = b"<~"
_A85END = b"~>"
_a85alphabet = bytes(range(33, 118))
_b85alphabet = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
# digit value -> character (filler bytes 255 are deleted while translating)
_A85_CHARS = _a85alphabet + bytes(171)
_B85_CHARS = _b85alphabet + bytes(171)
# validation: a digit -> 'A', anything else -> '!' (then bytes.isalnum)
_A85_CHECK = _table(lambda c: 65 if 33 <= c <= 117 else 33)
_B85_CHECK = _table(lambda c: 65 if c in _b85alphabet else 33)
_A85_VALUE = _table(lambda c: c - 33 if 33 <= c <= 117 else 0)
_B85_VALUE = _table(lambda c: _b85alphabet.index(c) if c in _b85alphabet else 0)


def _85digits(b, chars):
    """The 5 base-85 digits of every big-endian 4-byte word of b (whose length
    is a multiple of 4), as characters of chars."""
    g = len(b) >> 2
    if not g:
        return b''
    # one word per 64-bit lane; x // 85 is (x * 3233857729) >> 38 for x < 2**32
    lanes = bytearray(8 * g)
    lanes[4::8] = b[0::4]
    lanes[5::8] = b[1::4]
    lanes[6::8] = b[2::4]
    lanes[7::8] = b[3::4]
    x = _from_bytes(lanes, 'big')
    mask = _from_bytes(b'\0\0\0\0\x03\xff\xff\xff' * g, 'big')
    q = ((x * 3233857729) >> 38) & mask
    d4 = x - q * 85
    x = ((q * 3233857729) >> 38) & mask
    d3 = q - x * 85
    q = ((x * 3233857729) >> 38) & mask
    d2 = x - q * 85
    x = ((q * 3233857729) >> 38) & mask
    d1 = q - x * 85
    fill = _from_bytes(b'\xff\xff\xff\0\0\0\0\0' * g, 'big')
    y = (x << 32) | (d1 << 24) | (d2 << 16) | (d3 << 8) | d4 | fill
    return y.to_bytes(8 * g, 'big').translate(chars, b'\xff')


def _85words(values):
    """(bytes, -1) for groups of 5 base-85 digit values (len a multiple of 5),
    or (None, index of the first group above 2**32 - 1)."""
    g = len(values) // 5
    if not g:
        return b'', -1
    n = _from_bytes(values, 'big')
    m = _from_bytes(b'\0\0\0\0\xff' * g, 'big')
    x = ((n & m) + ((n >> 8) & m) * 85 + ((n >> 16) & m) * 7225
         + ((n >> 24) & m) * 614125 + ((n >> 32) & m) * 52200625)
    over = x & (m << 32)
    if over:
        raw = over.to_bytes(5 * g, 'big')
        return None, (len(raw) - len(raw.lstrip(b'\0'))) // 5
    raw = x.to_bytes(5 * g, 'big')
    out = bytearray(4 * g)
    out[0::4] = raw[1::5]
    out[1::4] = raw[2::5]
    out[2::4] = raw[3::5]
    out[3::4] = raw[4::5]
    return bytes(out), -1


def _85encode(b, chars, pad=False, foldnuls=False, foldspaces=False):
    if not isinstance(b, bytes_types):
        raise _no_buffer(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + bytes(padding)
    out = _85digits(b, chars)
    if foldnuls or foldspaces:
        # a whole word of zeros becomes b'z', one of spaces b'y'; the last
        # word is left alone when it is cut short below
        end = len(out) - 5 if padding and not pad else len(out)
        hits = []
        if foldnuls:
            _find_words(out, chars[:1] * 5, b'z', end, hits)
        if foldspaces:
            _find_words(out, _85digits(b'    ', chars), b'y', end, hits)
        if hits:
            hits.sort()
            pieces = []
            prev = 0
            for at, short in hits:
                pieces.append(out[prev:at])
                pieces.append(short)
                prev = at + 5
            pieces.append(out[prev:])
            out = b''.join(pieces)
    if padding and not pad:
        out = out[:-padding]
    return out


def _find_words(out, group, short, end, hits):
    """Add (offset, short) to hits for each 5-aligned occurrence of group."""
    at = out.find(group, 0, end)
    while at >= 0:
        if at % 5:
            at = out.find(group, at + 1, end)
        else:
            hits.append((at, short))
            at = out.find(group, at + 5, end)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b with Ascii85. foldspaces writes 4 spaces
    as 'y', wrapcol wraps lines at that width, pad pads the input to a multiple
    of 4 bytes, adobe frames the result with <~ and ~>."""
    result = _85encode(b, _A85_CHARS, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i: i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def _a85words(digits):
    """Bytes of whole groups of Ascii85 digits."""
    out, bad = _85words(digits.translate(_A85_VALUE))
    if out is None:
        raise ValueError('Ascii85 overflow')
    return out


def _a85fail(chunks, error):
    """Raise error, unless a whole group read before it overflows."""
    digits = b''.join(chunks)
    _a85words(digits[:len(digits) - len(digits) % 5])
    raise error


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 data (bytes-like or ASCII str). foldspaces accepts 'y'
    for 4 spaces, adobe expects the <~ ~> framing, characters of ignorechars
    are skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}"
                             .format(_A85END))
        if b.startswith(_A85START):
            b = b[2:-2]
        else:
            b = b[:-2]
    pieces = []
    chunks = []
    kinds = b.translate(_A85_CHECK)
    if b and not kinds.isalnum():
        # digits run between the other characters: 'z' / 'y' words,
        # ignored characters and errors
        count = 0
        pos = 0
        at = kinds.find(b'!')
        while at >= 0:
            c = b[at]
            if at > pos:
                chunks.append(b[pos:at])
                count += at - pos
            pos = at + 1
            if c == 122 or (foldspaces and c == 121):
                if count % 5:
                    _a85fail(chunks, ValueError('%c inside Ascii85 5-tuple' % c))
                if chunks:
                    pieces.append(_a85words(b''.join(chunks)))
                    chunks = []
                    count = 0
                pieces.append(b'\0\0\0\0' if c == 122 else b'    ')
            else:
                try:
                    skip = c in ignorechars
                except Exception as e:
                    _a85fail(chunks, e)
                if not skip:
                    _a85fail(chunks, ValueError('Non-Ascii85 digit found: %c' % c))
            at = kinds.find(b'!', pos)
        chunks.append(b[pos:])
        digits = b''.join(chunks)
    else:
        digits = b
    rest = len(digits) % 5
    whole = len(digits) - rest
    pieces.append(_a85words(digits[:whole]))
    if rest:
        # a short last group is completed with 'u' digits, then cut
        pieces.append(_a85words(digits[whole:] + b'u' * (5 - rest))[:rest - 1])
    return b''.join(pieces)


def b85encode(b, pad=False):
    """Encode the bytes-like object b with base85 (as used by git); pad pads
    the input to a multiple of 4 bytes."""
    return _85encode(b, _B85_CHARS, pad)


def b85decode(b):
    """Decode base85 data (bytes-like or ASCII str)."""
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    if padding:
        b = b + b'~' * padding
    kinds = b.translate(_B85_CHECK)
    bad = b and not kinds.isalnum()
    end = len(b)
    if bad:
        at = kinds.find(b'!')
        end = at - at % 5
    out, over = _85words(b[:end].translate(_B85_VALUE))
    if out is None:
        raise ValueError('base85 overflow in hunk starting at byte %d' % (5 * over))
    if bad:
        raise ValueError('bad base85 character at position %d' % at)
    if padding:
        out = out[:-padding]
    return out


# ---------------------------------------------------------------- legacy interface

MAXLINESIZE = 76  # not counting the line end
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Base64-encode the binary file input into the binary file output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Base64-decode the binary file input into the binary file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s"
                        % s.__class__.__name__) from _no_buffer(s)


def encodebytes(s):
    """Base64 of s in lines of at most 76 characters, each ending in a newline."""
    _input_type_check(s)
    if not s:
        return b''
    text = _b2a_base64(s, False)
    lines = [text[i:i + MAXLINESIZE] for i in range(0, len(text), MAXLINESIZE)]
    lines.append(b'')
    return b'\n'.join(lines)


def decodebytes(s):
    """Decode bytes of base64 data (as written by encodebytes)."""
    _input_type_check(s)
    return _a2b_base64(s, False)
