"""Exact rational numbers: the Fraction type. This is Cellar's implementation of the
`fractions` module, written after the behaviour CPython 3.11 documents and shows.

Fraction(Decimal) and Fraction.from_decimal(Decimal) need a `decimal` module; Cellar has none
yet, so only the forms that do not involve a Decimal work (from_decimal of an int, its errors).
"""

import math
import operator
import sys

try:
    import numbers as _numbers
except ImportError:
    _numbers = None

__all__ = ['Fraction']

_gcd = math.gcd
_isfinite = math.isfinite
_index = operator.index
_object_new = object.__new__

# The numeric hash: hash(x) reduces x modulo the prime P; what has no inverse modulo P
# hashes as "infinity".
try:
    _HASH_MODULUS = sys.hash_info.modulus
    _HASH_INF = sys.hash_info.inf
except AttributeError:
    _HASH_MODULUS = (1 << 61) - 1
    _HASH_INF = 314159

if _numbers is not None:
    _Rational = _numbers.Rational
    _Real = _numbers.Real
    _Complex = _numbers.Complex
    _Integral = _numbers.Integral
else:
    _Rational = _Integral = int
    _Real = float
    _Complex = complex


def _float_ratio_frexp(x):
    """x.as_integer_ratio() for a float x, from math.frexp."""
    if type(x) is not float:
        x = float.__float__(x)  # the value of a float subclass's instance
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if not _isfinite(x):
        raise OverflowError("cannot convert Infinity to integer ratio")
    m, e = math.frexp(x)
    n = int(m * 9007199254740992.0)  # m * 2**53 is an integer
    e -= 53
    if e >= 0:
        return n << e, 1
    if not n:
        return 0, 1
    shift = (n & -n).bit_length() - 1  # trailing zero bits of n
    if shift > -e:
        shift = -e
    return n >> shift, 1 << (-e - shift)


_float_ratio = getattr(float, 'as_integer_ratio', None) or _float_ratio_frexp


def _make(n, d):
    """A Fraction n/d from integers already in lowest terms, d > 0."""
    f = _object_new(Fraction)
    f._numerator = n
    f._denominator = d
    return f


def _pair(x):
    """(numerator, denominator) of a Fraction, an int or another Rational; None otherwise."""
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    if isinstance(x, int):
        return x, 1
    if _numbers is not None and not isinstance(x, float) and isinstance(x, _Rational):
        return x.numerator, x.denominator
    return None


def _digits_end(s, i, n):
    """End of the run of digits with single underscores between them (\\d+(_\\d+)*) that
    starts at s[i], or i when s[i] is no digit."""
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j == i:
        return i
    while j + 1 < n and s[j] == '_' and s[j + 1].isdecimal():
        j += 2
        while j < n and s[j].isdecimal():
            j += 1
    return j


def _parse(text):
    """(numerator, denominator) of a Fraction literal, the denominator not yet checked for
    zero nor reduced; ValueError when text is none."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and (s[i] == '-' or s[i] == '+'):
        negative = s[i] == '-'
        i += 1
    j = _digits_end(s, i, n)
    num = s[i:j]
    if not num and not (j + 1 < n and s[j] == '.' and s[j + 1].isdecimal()):
        raise ValueError('Invalid literal for Fraction: %r' % text)
    denom = decimal = exp = None
    if j < n and s[j] == '/':
        k = _digits_end(s, j + 1, n)
        if k == j + 1 or k != n:
            raise ValueError('Invalid literal for Fraction: %r' % text)
        denom = s[j + 1:k]
    else:
        k = j
        if k < n and s[k] == '.':
            k += 1
            # The fractional part is either a run of letters d (a quirk CPython's pattern
            # has, kept for fidelity: int() then refuses them) or of digits.
            m = k
            while m < n and (s[m] == 'd' or s[m] == 'D'):
                m += 1
            if m == n or s[m] == 'e' or s[m] == 'E':
                decimal = s[k:m]
                k = m
            else:
                m = _digits_end(s, k, n)
                decimal = s[k:m]
                k = m
        if k < n and (s[k] == 'e' or s[k] == 'E'):
            m = k + 1
            if m < n and (s[m] == '-' or s[m] == '+'):
                m += 1
            e = _digits_end(s, m, n)
            if e == m:
                raise ValueError('Invalid literal for Fraction: %r' % text)
            exp = s[k + 1:e]
            k = e
        if k != n:
            raise ValueError('Invalid literal for Fraction: %r' % text)
    numerator = int(num or '0')
    if denom:
        denominator = int(denom)
    else:
        denominator = 1
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        if exp:
            exp = int(exp)
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction:
    """A rational number numerator/denominator in lowest terms, the denominator positive.

    Fraction(numerator=0, denominator=None) takes two Rationals (ints, Fractions), or one
    Rational, float or string such as '3/4', '-1.25' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = _object_new(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = _float_ratio(numerator)
                return self
            if isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            elif isinstance(numerator, int):
                self._numerator = _index(numerator)
                self._denominator = 1
                return self
            elif _numbers is not None and isinstance(numerator, _Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        else:
            p = _pair(numerator)
            q = _pair(denominator)
            if p is None or q is None:
                raise TypeError("both arguments should be Rational instances")
            numerator = p[0] * q[1]
            denominator = q[0] * p[1]
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an Integral is accepted too)."""
        if isinstance(f, _Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*_float_ratio(f))

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (an Integral is accepted too)."""
        if isinstance(dec, _Integral):
            return cls(int(dec), 1)
        if not _is_decimal(dec):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" %
                            (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest self whose denominator is at most max_denominator."""
        # The best approximations are the convergents and semiconvergents of the continued
        # fraction of self: walk the convergents p/q while q fits, then compare the last one
        # with the largest semiconvergent that fits; on a tie the smaller denominator wins.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p_prev, q_prev, p, q = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q
            if q_next > max_denominator:
                break
            p_prev, q_prev, p, q = p, q, p_prev + a * p, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q
        semi = Fraction(p_prev + k * p, q_prev + k * q)
        conv = Fraction(p, q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        """The real part: the Fraction itself."""
        return +a

    @property
    def imag(a):
        """The imaginary part: 0."""
        return 0

    def conjugate(a):
        """The conjugate: the Fraction itself."""
        return +a

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic. With an int or a Fraction the result is an exact Fraction; with a float
    # or a complex the Fraction is converted and the operation is the float's or complex's.
    # The reflected forms also take any Rational exactly, other Reals as floats and other
    # Complex numbers as complex.

    def __add__(a, b):
        if isinstance(b, Fraction):
            return _add(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return _make(a._numerator + b * a._denominator, a._denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if isinstance(a, int):
            return _make(a * b._denominator + b._numerator, b._denominator)
        p = _pair(a)
        if p is not None:
            return _add(p[0], p[1], b._numerator, b._denominator)
        if isinstance(a, _Real):
            return float(a) + float(b)
        if isinstance(a, _Complex):
            return complex(a) + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, Fraction):
            return _add(a._numerator, a._denominator, -b._numerator, b._denominator)
        if isinstance(b, int):
            return _make(a._numerator - b * a._denominator, a._denominator)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if isinstance(a, int):
            return _make(a * b._denominator - b._numerator, b._denominator)
        p = _pair(a)
        if p is not None:
            return _add(p[0], p[1], -b._numerator, b._denominator)
        if isinstance(a, _Real):
            return float(a) - float(b)
        if isinstance(a, _Complex):
            return complex(a) - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, Fraction):
            return _mul(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return _mul(a._numerator, a._denominator, b, 1)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        p = _pair(a)
        if p is not None:
            return _mul(p[0], p[1], b._numerator, b._denominator)
        if isinstance(a, _Real):
            return float(a) * float(b)
        if isinstance(a, _Complex):
            return complex(a) * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if isinstance(b, Fraction):
            return _div(a._numerator, a._denominator, b._numerator, b._denominator)
        if isinstance(b, int):
            return _div(a._numerator, a._denominator, b, 1)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        p = _pair(a)
        if p is not None:
            return _div(p[0], p[1], b._numerator, b._denominator)
        if isinstance(a, _Real):
            return float(a) / float(b)
        if isinstance(a, _Complex):
            return complex(a) / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        p = _pair(b) if isinstance(b, (int, Fraction)) else None
        if p is not None:
            return (a._numerator * p[1]) // (a._denominator * p[0])
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        p = _pair(a)
        if p is not None:
            return (p[0] * b._denominator) // (p[1] * b._numerator)
        if isinstance(a, _Real):
            return float(a) // float(b)
        if isinstance(a, _Complex):
            return complex(a) // complex(b)
        return NotImplemented

    def __mod__(a, b):
        p = _pair(b) if isinstance(b, (int, Fraction)) else None
        if p is not None:
            return _mod(a._numerator, a._denominator, p[0], p[1])
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        p = _pair(a)
        if p is not None:
            return _mod(p[0], p[1], b._numerator, b._denominator)
        if isinstance(a, _Real):
            return float(a) % float(b)
        if isinstance(a, _Complex):
            return complex(a) % complex(b)
        return NotImplemented

    def __divmod__(a, b):
        p = _pair(b) if isinstance(b, (int, Fraction)) else None
        if p is not None:
            return _divmod(a._numerator, a._denominator, p[0], p[1])
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        p = _pair(a)
        if p is not None:
            return _divmod(p[0], p[1], b._numerator, b._denominator)
        if isinstance(a, _Real):
            return divmod(float(a), float(b))
        if isinstance(a, _Complex):
            return divmod(complex(a), complex(b))
        return NotImplemented

    def __pow__(a, b):
        """a ** b: exact for an integral b, a float (or complex) for any other b."""
        p = _pair(b)
        if p is None:
            return float(a) ** b
        if p[1] != 1:
            return float(a) ** float(b)
        power = p[0]
        n, d = a._numerator, a._denominator
        if power >= 0:
            return Fraction(n ** power, d ** power, _normalize=False)
        if n >= 0:
            return Fraction(d ** -power, n ** -power, _normalize=False)
        return Fraction((-d) ** -power, (-n) ** -power, _normalize=False)

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        p = _pair(a)
        if p is not None:
            return Fraction(p[0], p[1]) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(a._numerator, a._denominator)

    def __neg__(a):
        return _make(-a._numerator, a._denominator)

    def __abs__(a):
        return _make(abs(a._numerator), a._denominator)

    def __int__(a):
        n = a._numerator
        if n < 0:
            return -(-n // a._denominator)
        return n // a._denominator

    def __trunc__(a):
        n = a._numerator
        if n < 0:
            return -(-n // a._denominator)
        return n // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): half-way cases go to the even neighbour."""
        if ndigits is None:
            d = self._denominator
            floor, rest = divmod(self._numerator, d)
            twice = rest * 2
            if twice < d or (twice == d and floor % 2 == 0):
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __bool__(a):
        return bool(a._numerator)

    def __hash__(self):
        n, d = self._numerator, self._denominator
        if d == 1:
            return hash(n)
        try:
            dinv = pow(d, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            # hash(abs(n)) is abs(n) reduced modulo P, which keeps the product small.
            h = hash(hash(abs(n)) * dinv)
        if n < 0:
            h = -h
        return -2 if h == -1 else h

    # Comparisons

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        p = _pair(b)
        if p is not None:
            return a._numerator == p[0] and a._denominator == p[1]
        if not isinstance(b, float) and isinstance(b, _Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if not _isfinite(b):
                # A finite number compares with an infinity or a nan as 0.0 does.
                return 0.0 == b
            n, d = _float_ratio(b)
            return a._numerator == n and a._denominator == d
        return NotImplemented

    def __ne__(a, b):
        # What object.__ne__ does; spelt out because Cellar's reflected != (int != Fraction)
        # does not fall back to it yet.
        r = type(a).__eq__(a, b)
        return r if r is NotImplemented else not r

    def __lt__(a, b):
        if isinstance(b, Fraction):
            return a._numerator * b._denominator < a._denominator * b._numerator
        c = _cross(a, b)
        if c is None:
            return NotImplemented
        if c is _NONFINITE:
            return 0.0 < b
        return c[0] < c[1]

    def __gt__(a, b):
        if isinstance(b, Fraction):
            return a._numerator * b._denominator > a._denominator * b._numerator
        c = _cross(a, b)
        if c is None:
            return NotImplemented
        if c is _NONFINITE:
            return 0.0 > b
        return c[0] > c[1]

    def __le__(a, b):
        if isinstance(b, Fraction):
            return a._numerator * b._denominator <= a._denominator * b._numerator
        c = _cross(a, b)
        if c is None:
            return NotImplemented
        if c is _NONFINITE:
            return 0.0 <= b
        return c[0] <= c[1]

    def __ge__(a, b):
        if isinstance(b, Fraction):
            return a._numerator * b._denominator >= a._denominator * b._numerator
        c = _cross(a, b)
        if c is None:
            return NotImplemented
        if c is _NONFINITE:
            return 0.0 >= b
        return c[0] >= c[1]

    # Copying and pickling: the value is immutable, so a Fraction is its own copy.

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


_NONFINITE = object()


def _cross(a, b):
    """For a Fraction a and a number b: the integers (x, y) such that a op b is x op y;
    _NONFINITE when b is an infinite or nan float (a then compares as 0.0 does); None when
    b is neither rational nor a float."""
    p = _pair(b)
    if p is None:
        if not isinstance(b, float):
            return None
        if not _isfinite(b):
            return _NONFINITE
        p = _float_ratio(b)
    return a._numerator * p[1], a._denominator * p[0]


# Exact arithmetic on (numerator, denominator) pairs in lowest terms (denominators
# positive), the results in lowest terms. Common factors are taken out before the products
# are formed, which keeps the integers small.

def _add(na, da, nb, db):
    g = _gcd(da, db)
    if g == 1:
        return _make(na * db + da * nb, da * db)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = _gcd(t, g)
    if g2 == 1:
        return _make(t, s * db)
    return _make(t // g2, s * (db // g2))


def _mul(na, da, nb, db):
    g1 = _gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = _gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return _make(na * nb, db * da)


def _div(na, da, nb, db):
    g1 = _gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = _gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    elif d == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % n)
    return _make(n, d)


def _mod(na, da, nb, db):
    return Fraction((na * db) % (nb * da), da * db)


def _divmod(na, da, nb, db):
    q, r = divmod(na * db, da * nb)
    return q, Fraction(r, da * db)


def _is_decimal(x):
    """Whether x is a decimal.Decimal (False while there is no decimal module)."""
    decimal = sys.modules.get('decimal')
    return decimal is not None and isinstance(x, getattr(decimal, 'Decimal', ()))


if _numbers is not None:
    _Rational.register(Fraction)
