"""Dates, times and durations: Cellar's implementation of the datetime module.

Owns date, time, datetime, timedelta, tzinfo, timezone (with timezone.utc and UTC),
IsoCalendarDate, MINYEAR and MAXYEAR, written after the behaviour of CPython 3.11's C module:
the same values, reprs, rounding and error messages.  strftime and strptime are done here for
the C locale (glibc's strftime directives, _strptime's matching rules); what needs the local
time zone goes through the time module (localtime, mktime, struct_time, tzname, daylight).
"""

import time as _time
import math as _math
import sys
from operator import index as _index, itemgetter as _itemgetter, attrgetter as _attrgetter
from _cellar import c_type as _c_type

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163        # date(1970, 1, 1).toordinal()
_US_PER_DAY = 86400000000
_MAX_DELTA_DAYS = 999999999
_INF = float('inf')

_new = object.__new__


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<missing>'


_M = _Missing()


################################################################################
### Calendar arithmetic (proleptic Gregorian; day 1 is 0001-01-01)
################################################################################

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
               'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_NAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December')


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[m]


def _ymd2ord(y, m, d):
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE_MONTH[m] + d
    if m > 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        n += 1
    return n


def _ord2ymd(n):
    """(year, month, day) of ordinal n (any int: years outside 1..9999 come out as they are)."""
    # Whole 400-, 100-, 4- and 1-year cycles first; a count of 4 in the last two means the
    # day is the 366th of a leap year ending a cycle.
    cycles400, n = divmod(n - 1, 146097)
    cycles100, n = divmod(n, 36524)
    cycles4, n = divmod(n, 1461)
    years, n = divmod(n, 365)
    y = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1
    if years == 4 or cycles100 == 4:
        return y - 1, 12, 31
    # n is now the day of the year, from 0; no month is longer than 31 days.
    extra = 1 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 0
    m = n // 31 + 1
    while m < 12 and n >= _DAYS_BEFORE_MONTH[m + 1] + (extra if m >= 2 else 0):
        m += 1
    return y, m, n - _DAYS_BEFORE_MONTH[m] - (extra if m > 2 else 0) + 1


def _iso_week1_monday(y):
    first = _ymd2ord(y, 1, 1)
    wd = (first + 6) % 7           # Monday is 0
    monday = first - wd
    if wd > 3:                     # Jan 1 is Fri..Sun: week 1 starts the Monday after
        monday += 7
    return monday


def _iso_calendar(y, m, d):
    today = _ymd2ord(y, m, d)
    week1 = _iso_week1_monday(y)
    week, day = divmod(today - week1, 7)
    if week < 0:
        y -= 1
        week, day = divmod(today - _iso_week1_monday(y), 7)
    elif week >= 52 and today >= _iso_week1_monday(y + 1):
        y += 1
        week = 0
    return y, week + 1, day + 1


def _iso_to_ymd(year, week, day):
    """(year, month, day) of an ISO date, or the error code of CPython's iso_to_ymd."""
    if week <= 0 or week >= 53:
        bad = True
        if week == 53:
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            if first == 3 or (first == 2 and _is_leap(year)):
                bad = False
        if bad:
            return -2
    if day <= 0 or day >= 8:
        return -3
    return _ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


################################################################################
### Argument checks with the C module's messages
################################################################################

_C_NAMES = {}


def _tpname(cls):
    """The type's name as CPython's C code prints it (tp_name)."""
    n = _C_NAMES.get(cls)
    return n if n is not None else cls.__name__


def _argtype(v):
    """How PyArg's conversion errors name an argument's type ('None' for None)."""
    return 'None' if v is None else _tpname(type(v))


def _c_int(v):
    """An argument converted as PyArg's 'i' format does (an index fitting a C int)."""
    if v.__class__ is not int:
        v = _index(v)
        if v.__class__ is not int:
            v = int(v)
    if v > 2147483647:
        if v > 9223372036854775807:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is greater than maximum")
    if v < -2147483648:
        if v < -9223372036854775808:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is less than minimum")
    return v


def _c_args(fname, names, defaults, nreq, npos, values, args, kw, conv):
    """The errors of PyArg_ParseTupleAndKeywords for a call Python already bound.

    names: the C keyword list; defaults: the Python defaults of the named parameters;
    nreq: how many are required; npos: how many may be positional; values: what Python bound to the
    named parameters; args/kw: what was left over; conv: one converter (or None) a name,
    called as conv(value, position, fname).  Returns the converted values (defaults kept)."""
    fn = 'function' if fname is None else fname + '()'
    n = len(names)
    given = 0
    for i in range(npos if args else 0, n):
        if values[i] is not defaults[i]:
            given += 1
    if args:
        given += npos
        nargs = npos + len(args)
    else:
        nargs = 1 if values and values[0] is not defaults[0] else 0
    total = given + len(args) + len(kw)
    if total > n:
        raise TypeError("%s takes at most %d %sargument%s (%d given)" % (
            fn, n, '' if nargs else 'keyword ', '' if n == 1 else 's', total))
    if args and nargs > npos:
        raise TypeError("%s takes at most %d positional argument%s (%d given)" % (
            fn, npos, '' if npos == 1 else 's', nargs))
    out = []
    for i in range(n):
        v = values[i]
        dflt = defaults[i]
        if v is dflt:
            if i < nreq:
                raise TypeError("%s missing required argument '%s' (pos %d)" % (fn, names[i], i + 1))
        elif conv[i] is not None:
            v = conv[i](v, i + 1, fname)
        out.append(v)
    for k in kw:
        raise TypeError("'%s' is an invalid keyword argument for %s" % (
            k, 'this function' if fname is None else fn))
    return out


def _conv_int(v, pos, fname):
    return _c_int(v)


def _conv_str(v, pos, fname):
    if not isinstance(v, str):
        raise TypeError("%s() argument %d must be str, not %s" % (fname, pos, _argtype(v)))
    return v


def _conv_cstr(v, pos, fname):
    """PyArg's 's': a str without NUL characters."""
    if not isinstance(v, str):
        raise TypeError("%s() argument %d must be str, not %s" % (fname, pos, _argtype(v)))
    if '\0' in v:
        raise ValueError("embedded null character")
    return v


def _conv_char(v, pos, fname):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError("%s() argument %d must be a unicode character, not %s"
                        % (fname, pos, _argtype(v)))
    return v


def _check_date(y, m, d):
    if not 1 <= y <= 9999:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _days_in_month(y, m):
        raise ValueError("day is out of range for month")


def _check_time(h, mi, s, us, fold):
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % _tpname(type(tz)))


def _check_offset(off, name):
    """What a tzinfo's utcoffset() or dst() returned, checked as CPython checks it."""
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _tpname(type(off))))
    d = off._days
    if d < -1 or d >= 1 or (d == -1 and off._seconds == 0 and off._microseconds == 0):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _call_utcoffset(tz, arg):
    if tz is None:
        return None
    return _check_offset(tz.utcoffset(arg), 'utcoffset')


def _call_dst(tz, arg):
    if tz is None:
        return None
    return _check_offset(tz.dst(arg), 'dst')


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % _tpname(type(name)))
    return name


def _format_offset(off, sep):
    """+HH<sep>MM[<sep>SS[.ffffff]] of a utcoffset() result ('' for None)."""
    if off is None:
        return ''
    secs = off._days * 86400 + off._seconds
    us = off._microseconds
    if secs < 0:
        sign = '-'
        secs, us = divmod(-(secs * 1000000 + us), 1000000)
    else:
        sign = '+'
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    if us:
        return '%s%02d%s%02d%s%02d.%06d' % (sign, hh, sep, mm, sep, ss, us)
    if ss:
        return '%s%02d%s%02d%s%02d' % (sign, hh, sep, mm, sep, ss)
    return '%s%02d%s%02d' % (sign, hh, sep, mm)


def _ratio(x):
    """x.as_integer_ratio(), not necessarily in lowest terms (its value is what counts)."""
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    if x in (_INF, -_INF):
        raise OverflowError("cannot convert Infinity to integer ratio")
    m, e = _math.frexp(x)
    n = int(m * 9007199254740992.0)      # 2**53: exact
    e -= 53
    if e >= 0:
        return n << e, 1
    return n, 1 << -e



def _divide_nearest(a, b):
    """a / b rounded to the nearest int, ties to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    if (r2 > b if b > 0 else r2 < b) or (r2 == b and q & 1):
        q += 1
    return q


def _round_half_away(x):
    """C's round(): to the nearest integral float, ties away from zero."""
    w = float(int(x))
    f = x - w
    if f >= 0.5:
        w += 1.0
    elif f <= -0.5:
        w -= 1.0
    return w


def _one_arg(name, arg, args, kw):
    """The errors of a METH_O method called without exactly one positional argument."""
    if kw:
        raise TypeError("%s() takes no keyword arguments" % name)
    raise TypeError("%s() takes exactly one argument (%d given)"
                    % (name, (arg is not _M) + len(args)))


def _noargs(name, args, kw):
    if kw:
        raise TypeError("%s() takes no keyword arguments" % name)
    raise TypeError("%s() takes no arguments (%d given)" % (name, len(args)))


################################################################################
### timedelta
################################################################################

def _delta(d, s, us):
    """A timedelta from normalized parts (0 <= s < 86400, 0 <= us < 10**6)."""
    if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
        _days_overflow(d)
    self = _new(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


def _delta_us(us, cls=None):
    """A timedelta (of cls, default timedelta) of us microseconds."""
    d, us = divmod(us, _US_PER_DAY)
    s, us = divmod(us, 1000000)
    if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
        _days_overflow(d)
    self = _new(cls or timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


def _days_overflow(d):
    if not -2147483648 <= d <= 2147483647:
        raise OverflowError("Python int too large to convert to C int")
    raise OverflowError("days=%d; must have magnitude <= %d" % (d, _MAX_DELTA_DAYS))


_DELTA_PARTS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000),
                ('minutes', 60000000), ('hours', 3600000000), ('days', 86400000000),
                ('weeks', 604800000000))


def _delta_slow(cls, values):
    """timedelta() of arguments that are not all ints: CPython's accumulation, floats
    rounded once at the end (half to even)."""
    total = 0
    leftover = 0.0
    for (tag, factor), num in zip(_DELTA_PARTS, values):
        if isinstance(num, int):
            total += num * factor
        elif isinstance(num, float):
            frac, whole = _math.modf(num)
            total += int(whole) * factor
            if frac:
                frac, whole = _math.modf(frac * float(factor))
                total += int(whole)
                leftover += frac
        else:
            raise TypeError("unsupported type for timedelta %s component: %s"
                            % (tag, _tpname(type(num))))
    if leftover:
        whole = _round_half_away(leftover)
        if abs(whole - leftover) == 0.5:
            odd = total & 1
            whole = 2.0 * _round_half_away((leftover + odd) * 0.5) - odd
        total += int(whole)
    return _delta_us(total, cls)


_DELTA_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')


@_c_type
class timedelta:
    """A duration: days, seconds and microseconds, normalized so that only days is negative."""

    __slots__ = ('_days', '_seconds', '_microseconds')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0, *args, **kw):
        if args or kw:
            _c_args('__new__', _DELTA_NAMES, (0,) * 7, 0, 7, (days, seconds, microseconds,
                    milliseconds, minutes, hours, weeks), args, kw, (None,) * 7)
        if (days.__class__ is int and seconds.__class__ is int and microseconds.__class__ is int
                and milliseconds.__class__ is int and minutes.__class__ is int
                and hours.__class__ is int and weeks.__class__ is int):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 \
                + milliseconds * 1000 + microseconds
            d, us = divmod(us, _US_PER_DAY)
            s, us = divmod(us, 1000000)
            if not -_MAX_DELTA_DAYS <= d <= _MAX_DELTA_DAYS:
                _days_overflow(d)
            self = _new(cls)
            self._days = d
            self._seconds = s
            self._microseconds = us
            return self
        return _delta_slow(cls, (microseconds, milliseconds, seconds, minutes, hours, days,
                                 weeks))

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self, *args, **kw):
        """The duration in seconds, as a float."""
        if args or kw:
            _noargs('timedelta.total_seconds', args, kw)
        return ((self._days * 86400 + self._seconds) * 1000000 + self._microseconds) / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        cls = type(self)
        name = 'datetime.timedelta' if cls is timedelta else _tpname(cls)
        return '%s(%s)' % (name, ', '.join(parts) if parts else '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        d = self._days
        if d:
            s = '%d day%s, %d:%02d:%02d' % (d, '' if d == 1 or d == -1 else 's', hh, mm, ss)
        else:
            s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            d = self._days + other._days
            s = self._seconds + other._seconds
            us = self._microseconds + other._microseconds
            if us >= 1000000:
                us -= 1000000
                s += 1
            if s >= 86400:
                s -= 86400
                d += 1
            return _delta(d, s, us)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            d = self._days - other._days
            s = self._seconds - other._seconds
            us = self._microseconds - other._microseconds
            if us < 0:
                us += 1000000
                s -= 1
            if s < 0:
                s += 86400
                d -= 1
            return _delta(d, s, us)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other.__sub__(self)
        return NotImplemented

    def __neg__(self):
        d = -self._days
        s = -self._seconds
        us = -self._microseconds
        if us:
            us += 1000000
            s -= 1
        if s < 0:
            s += 86400
            d -= 1
        return _delta(d, s, us)

    def __pos__(self):
        return _delta(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return self.__neg__()
        return _delta(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_us(self._us() * other)
        if isinstance(other, float):
            a, b = _ratio(other)
            return _delta_us(_divide_nearest(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            return _delta_us(_divide_nearest(self._us(), other))
        if isinstance(other, float):
            a, b = _ratio(other)
            return _delta_us(_divide_nearest(self._us() * b, a))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _delta_us(self._us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _delta_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _delta_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return (self._days != other._days or self._seconds != other._seconds
                    or self._microseconds != other._microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    < (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    <= (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    > (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return ((self._days, self._seconds, self._microseconds)
                    >= (other._days, other._seconds, other._microseconds))
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _readonly(slot):
    def refuse(self, value=None):
        raise AttributeError("readonly attribute")

    return property(_attrgetter(slot), refuse, refuse)


timedelta.days = _readonly('_days')
timedelta.seconds = _readonly('_seconds')
timedelta.microseconds = _readonly('_microseconds')
timedelta.min = _delta(-_MAX_DELTA_DAYS, 0, 0)
timedelta.max = _delta(_MAX_DELTA_DAYS, 86399, 999999)
timedelta.resolution = _delta(0, 0, 1)
_ZERO = _delta(0, 0, 0)


################################################################################
### Read-only attributes with the C module's messages
################################################################################

def _fields(cls, owner, names):
    """Read-only properties over the slots, refusing writes with the C module's message."""
    for attr in names:
        msg = "attribute '%s' of '%s' objects is not writable" % (attr, owner)

        def refuse(self, value=None, _msg=msg):
            raise AttributeError(_msg)

        setattr(cls, attr, property(_attrgetter('_' + attr), refuse, refuse))


################################################################################
### date
################################################################################

def _new_date(cls, y, m, d):
    self = _new(cls)
    self._year = y
    self._month = m
    self._day = d
    return self


def _date_of(cls, y, m, d):
    """A date of class cls: built directly for date, else by calling cls(y, m, d)."""
    if cls is date:
        _check_date(y, m, d)
        return _new_date(date, y, m, d)
    return cls(y, m, d)


def _date_slow(cls, year, month, day, args, kw):
    if month is _M and day is _M and not args and not kw:
        state = year
        if isinstance(state, str) and len(state) == 4 and 1 <= ord(state[2]) <= 12:
            try:
                state = state.encode('latin-1')
            except UnicodeEncodeError:
                raise ValueError("Failed to encode latin1 string when unpickling a date object. "
                                 "pickle.load(data, encoding='latin1') is assumed.") from None
        if isinstance(state, bytes) and len(state) == 4 and 1 <= state[2] <= 12:
            return _new_date(cls, state[0] * 256 + state[1], state[2], state[3])
    y, m, d = _c_args(None, ('year', 'month', 'day'), (_M, _M, _M), 3, 3, (year, month, day), args,
                      kw, (_conv_int, _conv_int, _conv_int))
    _check_date(y, m, d)
    return _new_date(cls, y, m, d)


@_c_type
class date:
    """A date (year, month, day) of the proleptic Gregorian calendar."""

    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year=_M, month=_M, day=_M, *args, **kw):
        if (year.__class__ is int and month.__class__ is int and day.__class__ is int
                and 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day
                and (day <= 28 or day <= _days_in_month(year, month)) and not args and not kw):
            self = _new(cls)
            self._year = year
            self._month = month
            self._day = day
            return self
        return _date_slow(cls, year, month, day, args, kw)

    # Other constructors

    @classmethod
    def fromtimestamp(cls, *args, **kw):
        """The local date of a POSIX timestamp."""
        if kw:
            raise TypeError("date.fromtimestamp() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("date.fromtimestamp() takes exactly one argument (%d given)"
                            % len(args))
        t = _timestamp_floor(args[0])
        lt = _localtime(t)
        return _date_of(cls, lt[0], lt[1], lt[2])

    @classmethod
    def today(cls, *args, **kw):
        """The current local date."""
        if args or kw:
            _noargs('date.today', args, kw)
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, *args, **kw):
        """The date of a proleptic Gregorian ordinal (1 is January 1 of year 1)."""
        if kw:
            raise TypeError("fromordinal() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("fromordinal() takes exactly 1 argument (%d given)" % len(args))
        n = _c_int(args[0])
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        if cls is date:
            if y > 9999:
                raise ValueError("year %d is out of range" % y)
            return _new_date(date, y, m, d)
        if cls is datetime:
            return datetime(y, m, d)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """The date of an ISO 8601 string (YYYY-MM-DD, YYYYMMDD, YYYY-Www-D, ...)."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        if (len(s) == 10 and s.isascii() and s[4] == '-' and s[7] == '-' and s[:4].isdigit()
                and s[5:7].isdigit() and s[8:].isdigit()):
            return _date_of(cls, int(s[:4]), int(s[5:7]), int(s[8:]))
        u = s if s.isascii() else s.encode('utf-8', 'surrogatepass').decode('latin-1')
        n = len(u)
        if n == 7 or n == 8 or n == 10:
            r = _parse_iso_date(u + '\0\0\0\0\0\0\0\0', n)
            if r.__class__ is tuple:
                return _date_of(cls, r[0], r[1], r[2])
        raise ValueError("Invalid isoformat string: %r" % (date_string,))

    @classmethod
    def fromisocalendar(cls, year=_M, week=_M, day=_M, *args, **kw):
        """The date of an ISO year, week number and weekday."""
        try:
            year, week, day = _c_args('fromisocalendar', ('year', 'week', 'day'),
                                      (_M, _M, _M), 3, 3, (year, week, day), args, kw,
                                      (_conv_int, _conv_int, _conv_int))
        except OverflowError:
            raise ValueError("ISO calendar component out of range") from None
        if not 1 <= year <= 9999:
            raise ValueError("Year is out of range: %d" % year)
        r = _iso_to_ymd(year, week, day)
        if r == -2:
            raise ValueError("Invalid week: %d" % week)
        if r == -3:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return _date_of(cls, r[0], r[1], r[2])

    # Read-only fields: see _fields below.

    # Conversions to string

    def __repr__(self):
        cls = type(self)
        return '%s(%d, %d, %d)' % ('datetime.date' if cls is date else _tpname(cls),
                                   self._year, self._month, self._day)

    def isoformat(self, *args, **kw):
        """YYYY-MM-DD."""
        if args or kw:
            _noargs('date.isoformat', args, kw)
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def __str__(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    def ctime(self, *args, **kw):
        """The C library's ctime() format: 'Tue Jan  2 00:00:00 2024'."""
        if args or kw:
            _noargs('date.ctime', args, kw)
        return '%s %s %2d 00:00:00 %04d' % (
            _DAY_ABBR[(_ymd2ord(self._year, self._month, self._day) + 6) % 7],
            _MONTH_ABBR[self._month], self._day, self._year)

    def strftime(self, format=_M, *args, **kw):
        """The date formatted by strftime directives."""
        format = _strftime_arg(format, args, kw)
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, None, None,
                         -1)

    def __format__(self, *args, **kw):
        if kw:
            raise TypeError("__format__() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("__format__() takes exactly 1 argument (%d given)" % len(args))
        fmt = args[0]
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _argtype(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # Computations

    def timetuple(self, *args, **kw):
        """The date as a time.struct_time (time fields 0, isdst -1)."""
        if args or kw:
            _noargs('date.timetuple', args, kw)
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, 0, 0, 0, (_ymd2ord(y, m, d) + 6) % 7,
                                  _DAYS_BEFORE_MONTH[m] + d + (m > 2 and _is_leap(y)), -1))

    def toordinal(self, *args, **kw):
        """The proleptic Gregorian ordinal (January 1 of year 1 is 1)."""
        if args or kw:
            _noargs('date.toordinal', args, kw)
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=_M, month=_M, day=_M, *args, **kw):
        """The date with the given fields changed."""
        if args or kw:
            _c_args('replace', ('year', 'month', 'day'), (_M, _M, _M), 0, 3,
                    (year, month, day), args, kw, (None, None, None))
        y = self._year if year is _M else _c_int(year)
        m = self._month if month is _M else _c_int(month)
        d = self._day if day is _M else _c_int(day)
        _check_date(y, m, d)
        return _new_date(type(self), y, m, d)

    def weekday(self, *args, **kw):
        """Day of the week, Monday is 0 and Sunday 6."""
        if args or kw:
            _noargs('date.weekday', args, kw)
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self, *args, **kw):
        """Day of the week, Monday is 1 and Sunday 7."""
        if args or kw:
            _noargs('date.isoweekday', args, kw)
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self, *args, **kw):
        """The ISO year, week number and weekday (an IsoCalendarDate)."""
        if args or kw:
            _noargs('date.isocalendar', args, kw)
        return tuple.__new__(IsoCalendarDate, _iso_calendar(self._year, self._month, self._day))

    # Comparisons (datetime overrides them all).  A datetime on the right whose class derives
    # from ours is asked first, as CPython's reflected-operand rule does.

    def __eq__(self, other):
        if isinstance(other, date):
            if other.__class__ is not self.__class__ and isinstance(other, datetime) \
                    and isinstance(other, type(self)):
                return other.__eq__(self)
            return (self._day == other._day and self._month == other._month
                    and self._year == other._year)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            if other.__class__ is not self.__class__ and isinstance(other, datetime) \
                    and isinstance(other, type(self)):
                return other.__ne__(self)
            return (self._day != other._day or self._month != other._month
                    or self._year != other._year)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            if other.__class__ is not self.__class__ and isinstance(other, datetime) \
                    and isinstance(other, type(self)):
                return other.__gt__(self)
            return ((self._year, self._month, self._day)
                    < (other._year, other._month, other._day))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            if other.__class__ is not self.__class__ and isinstance(other, datetime) \
                    and isinstance(other, type(self)):
                return other.__ge__(self)
            return ((self._year, self._month, self._day)
                    <= (other._year, other._month, other._day))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            if other.__class__ is not self.__class__ and isinstance(other, datetime) \
                    and isinstance(other, type(self)):
                return other.__lt__(self)
            return ((self._year, self._month, self._day)
                    > (other._year, other._month, other._day))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            if other.__class__ is not self.__class__ and isinstance(other, datetime) \
                    and isinstance(other, type(self)):
                return other.__le__(self)
            return ((self._year, self._month, self._day)
                    >= (other._year, other._month, other._day))
        return NotImplemented

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    # Arithmetic (datetime overrides it)

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = _ymd2ord(self._year, self._month, self._day) + other._days
            if 0 < n <= _MAXORDINAL:
                y, m, d = _ord2ymd(n)
                cls = type(self)
                if cls is date:
                    return _new_date(date, y, m, d)
                return cls(y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            n = _ymd2ord(self._year, self._month, self._day) - other._days
            if 0 < n <= _MAXORDINAL:
                y, m, d = _ord2ymd(n)
                cls = type(self)
                if cls is date:
                    return _new_date(date, y, m, d)
                return cls(y, m, d)
            raise OverflowError("date value out of range")
        if isinstance(other, date) and not isinstance(other, datetime):
            return _delta(_ymd2ord(self._year, self._month, self._day)
                          - _ymd2ord(other._year, other._month, other._day), 0, 0)
        return NotImplemented

    # Pickling

    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._state(),))


_fields(date, 'datetime.date', ('year', 'month', 'day'))
date.min = _new_date(date, 1, 1, 1)
date.max = _new_date(date, 9999, 12, 31)
date.resolution = _delta(1, 0, 0)


@_c_type
class IsoCalendarDate(tuple):
    """What date.isocalendar() returns: a (year, week, weekday) tuple with named fields."""

    __slots__ = ()

    def __new__(cls, year=_M, week=_M, weekday=_M, *args, **kw):
        return tuple.__new__(cls, _c_args('IsoCalendarDate', ('year', 'week', 'weekday'),
                                          (_M, _M, _M), 3, 3, (year, week, weekday), args, kw,
                                          (_conv_int, _conv_int, _conv_int)))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (
            _tpname(type(self)), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'datetime.IsoCalendarDate' is not an acceptable base type")


################################################################################
### tzinfo
################################################################################

@_c_type
class tzinfo:
    """Abstract base of time zone information: subclasses give utcoffset, dst and tzname."""

    __slots__ = ()

    def tzname(self, dt=_M, /, *args, **kw):
        """Name of the time zone at dt."""
        if dt is _M or args or kw:
            _one_arg('tzinfo.tzname', dt, args, kw)
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt=_M, /, *args, **kw):
        """Offset of local time from UTC at dt, a timedelta east of UTC."""
        if dt is _M or args or kw:
            _one_arg('tzinfo.utcoffset', dt, args, kw)
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt=_M, /, *args, **kw):
        """Daylight saving adjustment at dt, a timedelta."""
        if dt is _M or args or kw:
            _one_arg('tzinfo.dst', dt, args, kw)
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt=_M, /, *args, **kw):
        """dt (a UTC time with tzinfo self) converted to this zone's local time."""
        if dt is _M or args or kw:
            _one_arg('tzinfo.fromutc', dt, args, kw)
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _call_utcoffset(self, dt)
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _call_dst(self, dt)
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        result = _dt_add(dt, delta._days, delta._seconds, delta._microseconds)
        dst = _call_dst(self, result)
        if dst is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        if dst:
            result = _dt_add(result, dst._days, dst._seconds, dst._microseconds)
        return result

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs is not None else ()
        if isinstance(self, timezone):
            return (type(self), args, None)
        return (type(self), args, self.__getstate__())


_tzinfo_class = tzinfo


################################################################################
### time
################################################################################

def _new_time(cls, h, mi, s, us, tz, fold):
    self = _new(cls)
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


_TIME_NAMES = ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold')
_TIME_DEFAULTS = (0, 0, 0, 0, None, 0)
_TIME_CONV = (_conv_int, _conv_int, _conv_int, _conv_int, None, _conv_int)


def _time_slow(cls, hour, minute, second, microsecond, tzinfo, fold, args, kw):
    if (isinstance(hour, (bytes, str)) and len(hour) == 6 and second == 0 and microsecond == 0
            and tzinfo is None and fold == 0 and not args and not kw):
        state = hour
        if isinstance(state, str) and (ord(state[0]) & 127) < 24:
            try:
                state = state.encode('latin-1')
            except UnicodeEncodeError:
                raise ValueError("Failed to encode latin1 string when unpickling a time object. "
                                 "pickle.load(data, encoding='latin1') is assumed.") from None
        if isinstance(state, bytes) and (state[0] & 127) < 24:
            tz = None if minute.__class__ is int and minute == 0 else minute
            if tz is not None and not isinstance(tz, _tzinfo_class):
                raise TypeError("bad tzinfo state arg")
            return _new_time(cls, state[0] & 127, state[1], state[2],
                             (state[3] << 16) | (state[4] << 8) | state[5], tz, state[0] >> 7)
    h, mi, s, us, tz, fold = _c_args(None, _TIME_NAMES, _TIME_DEFAULTS, 0, 5,
                                     (hour, minute, second, microsecond, tzinfo, fold),
                                     args, kw, _TIME_CONV)
    _check_time(h, mi, s, us, fold)
    _check_tzinfo(tz)
    return _new_time(cls, h, mi, s, us, tz, fold)


def _time_of(cls, h, mi, s, us, tz):
    """A time of class cls (fold 0): built directly for time, else by calling cls."""
    if cls is time:
        _check_time(h, mi, s, us, 0)
        _check_tzinfo(tz)
        return _new_time(time, h, mi, s, us, tz, 0)
    return cls(h, mi, s, us, tz)


def _timespec_format(timespec, h, mi, s, us):
    if timespec == 'auto':
        if us:
            return '%02d:%02d:%02d.%06d' % (h, mi, s, us)
        return '%02d:%02d:%02d' % (h, mi, s)
    if timespec == 'hours':
        return '%02d' % h
    if timespec == 'minutes':
        return '%02d:%02d' % (h, mi)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (h, mi, s)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (h, mi, s, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (h, mi, s, us)
    raise ValueError("Unknown timespec value")


@_c_type
class time:
    """A time of day (hour, minute, second, microsecond), with an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *args, fold=0,
                **kw):
        if (hour.__class__ is int and minute.__class__ is int and second.__class__ is int
                and microsecond.__class__ is int and 0 <= hour <= 23 and 0 <= minute <= 59
                and 0 <= second <= 59 and 0 <= microsecond <= 999999
                and (fold == 0 or fold == 1) and fold.__class__ is int
                and (tzinfo is None or isinstance(tzinfo, _tzinfo_class))
                and not args and not kw):
            self = _new(cls)
            self._hour = hour
            self._minute = minute
            self._second = second
            self._microsecond = microsecond
            self._tzinfo = tzinfo
            self._fold = fold
            return self
        return _time_slow(cls, hour, minute, second, microsecond, tzinfo, fold, args, kw)

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of an ISO 8601 string (HH[:MM[:SS[.ffffff]]][+HH:MM] and the like)."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        u = time_string if time_string.isascii() else time_string.encode(
            'utf-8', 'surrogatepass').decode('latin-1')
        if u[:1] == 'T':
            u = u[1:]
        r = _parse_iso_time(u + '\0\0\0\0\0\0\0\0', 0, len(u))
        if r.__class__ is not tuple:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        h, mi, s, us, tz = r
        return _time_of(cls, h, mi, s, us, tz)

    # Comparisons

    def _cmp(self, other, eq):
        tz1 = self._tzinfo
        tz2 = other._tzinfo
        if tz1 is not tz2:
            off1 = _call_utcoffset(tz1, None)
            off2 = _call_utcoffset(tz2, None)
            if not (off1 is off2 or (off1 is not None and off2 is not None and off1 == off2)):
                if off1 is not None and off2 is not None:
                    a = (self._hour * 3600 + self._minute * 60 + self._second
                         - off1._days * 86400 - off1._seconds)
                    b = (other._hour * 3600 + other._minute * 60 + other._second
                         - off2._days * 86400 - off2._seconds)
                    if a == b:
                        a = self._microsecond
                        b = other._microsecond
                    return 0 if a == b else (-1 if a < b else 1)
                if eq:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        return 0 if a == b else (-1 if a < b else 1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        t = self
        if self._fold:
            t = _new_time(type(self), self._hour, self._minute, self._second,
                          self._microsecond, self._tzinfo, 0)
        off = _call_utcoffset(t._tzinfo, None)
        if off is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        us = ((self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond - off._us())
        d, us = divmod(us, _US_PER_DAY)
        s, us = divmod(us, 1000000)
        return hash((d, s, us))

    # Conversions to string

    def __repr__(self):
        cls = type(self)
        name = 'datetime.time' if cls is time else _tpname(cls)
        if self._microsecond:
            r = '%s(%d, %d, %d, %d)' % (name, self._hour, self._minute, self._second,
                                        self._microsecond)
        elif self._second:
            r = '%s(%d, %d, %d)' % (name, self._hour, self._minute, self._second)
        else:
            r = '%s(%d, %d)' % (name, self._hour, self._minute)
        if self._tzinfo is not None:
            r = '%s, tzinfo=%r)' % (r[:-1], self._tzinfo)
        if self._fold:
            r = r[:-1] + ', fold=1)'
        return r

    def isoformat(self, timespec=_M, *args, **kw):
        """HH:MM:SS[.ffffff][+HH:MM], the time part as timespec says."""
        if timespec is _M and not args and not kw:
            timespec = 'auto'
        elif args or kw or timespec.__class__ is not str or '\0' in timespec:
            timespec, = _c_args('isoformat', ('timespec',), (_M,), 0, 1, (timespec,), args, kw,
                                (_conv_cstr,))
            if timespec is _M:
                timespec = 'auto'
        s = _timespec_format(timespec, self._hour, self._minute, self._second,
                             self._microsecond)
        if self._tzinfo is not None:
            s += _format_offset(_call_utcoffset(self._tzinfo, None), ':')
        return s

    def __str__(self):
        return self.isoformat()

    def strftime(self, format=_M, *args, **kw):
        """The time formatted by strftime directives (the date part is 1900-01-01)."""
        format = _strftime_arg(format, args, kw)
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, None, -1)

    def __format__(self, *args, **kw):
        if kw:
            raise TypeError("__format__() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("__format__() takes exactly 1 argument (%d given)" % len(args))
        fmt = args[0]
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % _argtype(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # Time zone

    def utcoffset(self, *args, **kw):
        """The tzinfo's utcoffset(None), or None."""
        if args or kw:
            _noargs('time.utcoffset', args, kw)
        return _call_utcoffset(self._tzinfo, None)

    def dst(self, *args, **kw):
        """The tzinfo's dst(None), or None."""
        if args or kw:
            _noargs('time.dst', args, kw)
        return _call_dst(self._tzinfo, None)

    def tzname(self, *args, **kw):
        """The tzinfo's tzname(None), or None."""
        if args or kw:
            _noargs('time.tzname', args, kw)
        return _call_tzname(self._tzinfo, None)

    def replace(self, hour=_M, minute=_M, second=_M, microsecond=_M, tzinfo=_M, *args,
                fold=_M, **kw):
        """The time with the given fields changed."""
        if args or kw:
            _c_args('replace', _TIME_NAMES, (_M,) * 6, 0, 5,
                    (hour, minute, second, microsecond, tzinfo, fold), args, kw, (None,) * 6)
        h = self._hour if hour is _M else _c_int(hour)
        mi = self._minute if minute is _M else _c_int(minute)
        s = self._second if second is _M else _c_int(second)
        us = self._microsecond if microsecond is _M else _c_int(microsecond)
        tz = self._tzinfo if tzinfo is _M else tzinfo
        f = self._fold if fold is _M else _c_int(fold)
        if f != 0 and f != 1:
            raise ValueError("fold must be either 0 or 1")
        _check_time(h, mi, s, us, f)
        _check_tzinfo(tz)
        return _new_time(type(self), h, mi, s, us, tz, f)

    # Pickling

    def _state(self, protocol):
        h = self._hour
        if self._fold and protocol > 3:
            h |= 128
        us = self._microsecond
        return bytes((h, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        protocol = _c_int(protocol)
        if self._tzinfo is None:
            return (type(self), (self._state(protocol),))
        return (type(self), (self._state(protocol), self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_fields(time, 'datetime.time', ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'))
time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = _delta(0, 0, 1)


################################################################################
### datetime
################################################################################

def _new_dt(cls, y, m, d, hh, mi, ss, us, tz, fold):
    self = _new(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mi
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    return self


def _dt_of(cls, y, m, d, hh, mi, ss, us, tz, fold=0):
    """A datetime of class cls: built directly for datetime, else by calling cls (without
    fold, as CPython 3.11 does)."""
    if cls is datetime:
        _check_date(y, m, d)
        _check_time(hh, mi, ss, us, fold)
        _check_tzinfo(tz)
        return _new_dt(datetime, y, m, d, hh, mi, ss, us, tz, fold)
    return cls(y, m, d, hh, mi, ss, us, tz)        # CPython 3.11 drops fold here


def _dt_add(dt, days, secs, us):
    """dt + timedelta(days, secs, us) (parts of either sign), of dt's class, fold 0."""
    us += dt._microsecond
    s = dt._hour * 3600 + dt._minute * 60 + dt._second + secs
    if us >= 1000000 or us < 0:
        q, us = divmod(us, 1000000)
        s += q
    if s >= 86400 or s < 0:
        q, s = divmod(s, 86400)
        days += q
    y = dt._year
    m = dt._month
    d = dt._day
    if days:
        n = _ymd2ord(y, m, d) + days
        if not 0 < n <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(n)
    hh, s = divmod(s, 3600)
    mi, s = divmod(s, 60)
    cls = type(dt)
    if cls is datetime:
        return _new_dt(datetime, y, m, d, hh, mi, s, us, dt._tzinfo, 0)
    return cls(y, m, d, hh, mi, s, us, dt._tzinfo)


def _flip_fold_offset(dt):
    flipped = _new_dt(type(dt), dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second,
                      dt._microsecond, dt._tzinfo, 1 - dt._fold)
    return _call_utcoffset(flipped._tzinfo, flipped)


def _pep495_unequal(a, b, off1, off2):
    """Whether an inter-zone equality must fail because a utcoffset depends on fold."""
    flip = _flip_fold_offset(a)
    if flip is not off1 and flip != off1:
        return True
    flip = _flip_fold_offset(b)
    return flip is not off2 and flip != off2


def _dt_fields(dt):
    return (dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, dt._microsecond)


def _dt_cmp(a, b, eq):
    """-1, 0 or 1 as a is before, at or after b (eq: 2 for naive against aware)."""
    tz1 = a._tzinfo
    tz2 = b._tzinfo
    if tz1 is tz2:
        x = _dt_fields(a)
        y = _dt_fields(b)
        return 0 if x == y else (-1 if x < y else 1)
    off1 = _call_utcoffset(tz1, a)
    off2 = _call_utcoffset(tz2, b)
    if off1 is off2 or (off1 is not None and off2 is not None and off1 == off2):
        x = _dt_fields(a)
        y = _dt_fields(b)
        diff = 0 if x == y else (-1 if x < y else 1)
    elif off1 is not None and off2 is not None:
        delta = _dt_sub(a, b)
        diff = delta._days
        if diff == 0:
            diff = 1 if delta._seconds or delta._microseconds else 0
    elif eq:
        return 2
    else:
        raise TypeError("can't compare offset-naive and offset-aware datetimes")
    if eq and diff == 0 and _pep495_unequal(a, b, off1, off2):
        return 1
    return diff


def _dt_sub(a, b):
    """a - b for two datetimes: a timedelta."""
    tz1 = a._tzinfo
    tz2 = b._tzinfo
    offdiff = 0
    if tz1 is not tz2:
        off1 = _call_utcoffset(tz1, a)
        off2 = _call_utcoffset(tz2, b)
        if (off1 is None) != (off2 is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if off1 is not off2 and off1 != off2:
            offdiff = off1._us() - off2._us()
    days = _ymd2ord(a._year, a._month, a._day) - _ymd2ord(b._year, b._month, b._day)
    secs = ((a._hour - b._hour) * 3600 + (a._minute - b._minute) * 60 + a._second - b._second)
    return _delta_us((days * 86400 + secs) * 1000000 + a._microsecond - b._microsecond - offdiff)


_DT_NAMES = ('year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo',
             'fold')
_DT_DEFAULTS = (_M, _M, _M, 0, 0, 0, 0, None, 0)
_DT_CONV = (_conv_int,) * 7 + (None, _conv_int)


def _dt_slow(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold, args, kw):
    if (month is _M and day is _M and not kw and len(args) == 0
            and isinstance(year, (bytes, str)) and len(year) == 10):
        state = year
        if isinstance(state, str) and 1 <= (ord(state[2]) & 127) <= 12:
            try:
                state = state.encode('latin-1')
            except UnicodeEncodeError:
                raise ValueError("Failed to encode latin1 string when unpickling a datetime "
                                 "object. pickle.load(data, encoding='latin1') is assumed.") \
                    from None
        if isinstance(state, bytes) and 1 <= (state[2] & 127) <= 12:
            return _dt_from_state(cls, state, None)
    if (isinstance(year, bytes) and len(year) == 10 and 1 <= (year[2] & 127) <= 12
            and day is _M and not args and not kw and hour == 0 and fold == 0):
        if month is not _M and month is not None and not isinstance(month, _tzinfo_class):
            raise TypeError("bad tzinfo state arg")
        return _dt_from_state(cls, year, None if month is _M else month)
    vals = _c_args(None, _DT_NAMES, _DT_DEFAULTS, 3, 8,
                   (year, month, day, hour, minute, second, microsecond, tzinfo, fold),
                   args, kw, _DT_CONV)
    y, m, d, hh, mi, ss, us, tz, f = vals
    _check_date(y, m, d)
    _check_time(hh, mi, ss, us, f)
    _check_tzinfo(tz)
    return _new_dt(cls, y, m, d, hh, mi, ss, us, tz, f)


def _dt_from_state(cls, state, tz):
    return _new_dt(cls, state[0] * 256 + state[1], state[2] & 127, state[3], state[4], state[5],
                   state[6], (state[7] << 16) | (state[8] << 8) | state[9], tz, state[2] >> 7)


@_c_type
class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year=_M, month=_M, day=_M, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *args, fold=0, **kw):
        if (year.__class__ is int and month.__class__ is int and day.__class__ is int
                and hour.__class__ is int and minute.__class__ is int
                and second.__class__ is int and microsecond.__class__ is int
                and 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day
                and (day <= 28 or day <= _days_in_month(year, month))
                and 0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59
                and 0 <= microsecond <= 999999 and (fold == 0 or fold == 1)
                and fold.__class__ is int
                and (tzinfo is None or isinstance(tzinfo, _tzinfo_class))
                and not args and not kw):
            self = _new(cls)
            self._year = year
            self._month = month
            self._day = day
            self._hour = hour
            self._minute = minute
            self._second = second
            self._microsecond = microsecond
            self._tzinfo = tzinfo
            self._fold = fold
            return self
        return _dt_slow(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold,
                        args, kw)

    # Other constructors

    @classmethod
    def fromtimestamp(cls, timestamp=_M, tz=_M, *args, **kw):
        """The local date and time of a POSIX timestamp, or that in time zone tz."""
        if timestamp is _M or args or kw:
            timestamp, tz = _c_args('fromtimestamp', ('timestamp', 'tz'), (_M, _M), 1, 2,
                                    (timestamp, tz), args, kw, (None, None))
        if tz is _M:
            tz = None
        _check_tzinfo(tz)
        t, us = _timestamp_half_even(timestamp)
        if tz is None:
            return _from_timet(cls, t, us, None, True)
        return tz.fromutc(_from_timet(cls, t, us, tz, False))

    @classmethod
    def utcfromtimestamp(cls, *args, **kw):
        """The naive UTC date and time of a POSIX timestamp."""
        if kw:
            raise TypeError("utcfromtimestamp() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("utcfromtimestamp() takes exactly 1 argument (%d given)" % len(args))
        t, us = _timestamp_half_even(args[0])
        return _from_timet(cls, t, us, None, False)

    @classmethod
    def now(cls, tz=_M, *args, **kw):
        """The current local date and time, or that in time zone tz."""
        if args or kw:
            tz, = _c_args('now', ('tz',), (_M,), 0, 1, (tz,), args, kw, (None,))
        if tz is _M:
            tz = None
        _check_tzinfo(tz)
        t, us = _now()
        if tz is None:
            return _from_timet(cls, t, us, None, True)
        return tz.fromutc(_from_timet(cls, t, us, tz, False))

    @classmethod
    def utcnow(cls, *args, **kw):
        """The current UTC date and time, naive."""
        if args or kw:
            _noargs('datetime.utcnow', args, kw)
        t, us = _now()
        return _from_timet(cls, t, us, None, False)

    @classmethod
    def combine(cls, date=_M, time=_M, tzinfo=_M, *args, **kw):
        """The datetime of a date and a time (with the time's tzinfo unless one is given)."""
        if date is _M or time is _M or args or kw:
            date, time, tzinfo = _c_args('combine', ('date', 'time', 'tzinfo'), (_M, _M, _M),
                                         2, 3, (date, time, tzinfo), args, kw,
                                         (None, None, None))
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % _argtype(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % _argtype(time))
        if tzinfo is _M:
            tzinfo = time._tzinfo
        return _dt_of(cls, date._year, date._month, date._day, time._hour, time._minute,
                      time._second, time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string: a date, then any one character and a time."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _parse_iso_datetime(date_string)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        y, m, d, hh, mi, ss, us, tz = r
        return _dt_of(cls, y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, *args, **kw):
        """The datetime that date_string gives when parsed by format."""
        if kw:
            raise TypeError("strptime() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        string, format = args
        if not isinstance(string, str):
            raise TypeError("strptime() argument 1 must be str, not %s" % _argtype(string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % _argtype(format))
        return _strptime_datetime(cls, string, format)

    # Conversions

    def timetuple(self, *args, **kw):
        """The local time as a time.struct_time (isdst from dst())."""
        if args or kw:
            _noargs('datetime.timetuple', args, kw)
        isdst = _dst_flag(self)
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, self._hour, self._minute, self._second,
                                  (_ymd2ord(y, m, d) + 6) % 7,
                                  _DAYS_BEFORE_MONTH[m] + d + (m > 2 and _is_leap(y)), isdst))

    def utctimetuple(self, *args, **kw):
        """The UTC time as a time.struct_time (isdst 0)."""
        if args or kw:
            _noargs('datetime.utctimetuple', args, kw)
        t = self
        off = _call_utcoffset(self._tzinfo, self)
        if off is not None:
            t = _dt_add(self, -off._days, -off._seconds, -off._microseconds)
        y, m, d = t._year, t._month, t._day
        return _time.struct_time((y, m, d, t._hour, t._minute, t._second,
                                  (_ymd2ord(y, m, d) + 6) % 7,
                                  _DAYS_BEFORE_MONTH[m] + d + (m > 2 and _is_leap(y)), 0))

    def timestamp(self, *args, **kw):
        """The POSIX timestamp, a float (naive datetimes are local time)."""
        if args or kw:
            _noargs('datetime.timestamp', args, kw)
        if self._tzinfo is not None:
            return _dt_sub(self, _EPOCH).total_seconds()
        s = _local_to_seconds(self._year, self._month, self._day, self._hour, self._minute,
                              self._second, self._fold)
        return (s - _EPOCH_SECONDS) + self._microsecond / 1e6

    def date(self, *args, **kw):
        """The date part."""
        if args or kw:
            _noargs('datetime.date', args, kw)
        return _new_date(_date_class, self._year, self._month, self._day)

    def time(self, *args, **kw):
        """The time part, without tzinfo."""
        if args or kw:
            _noargs('datetime.time', args, kw)
        return _new_time(_time_class, self._hour, self._minute, self._second, self._microsecond,
                         None, self._fold)

    def timetz(self, *args, **kw):
        """The time part, with the same tzinfo."""
        if args or kw:
            _noargs('datetime.timetz', args, kw)
        return _new_time(_time_class, self._hour, self._minute, self._second, self._microsecond,
                         self._tzinfo, self._fold)

    def replace(self, year=_M, month=_M, day=_M, hour=_M, minute=_M, second=_M, microsecond=_M,
                tzinfo=_M, *args, fold=_M, **kw):
        """The datetime with the given fields changed."""
        if args or kw:
            _c_args('replace', _DT_NAMES, (_M,) * 9, 0, 8,
                    (year, month, day, hour, minute, second, microsecond, tzinfo, fold),
                    args, kw, (None,) * 9)
        y = self._year if year is _M else _c_int(year)
        m = self._month if month is _M else _c_int(month)
        d = self._day if day is _M else _c_int(day)
        hh = self._hour if hour is _M else _c_int(hour)
        mi = self._minute if minute is _M else _c_int(minute)
        ss = self._second if second is _M else _c_int(second)
        us = self._microsecond if microsecond is _M else _c_int(microsecond)
        tz = self._tzinfo if tzinfo is _M else tzinfo
        f = self._fold if fold is _M else _c_int(fold)
        if f != 0 and f != 1:
            raise ValueError("fold must be either 0 or 1")
        _check_date(y, m, d)
        _check_time(hh, mi, ss, us, f)
        _check_tzinfo(tz)
        return _new_dt(type(self), y, m, d, hh, mi, ss, us, tz, f)

    def astimezone(self, tz=_M, *args, **kw):
        """The same moment in time zone tz (default: the local time zone)."""
        if args or kw:
            tz, = _c_args('astimezone', ('tz',), (_M,), 0, 1, (tz,), args, kw, (None,))
        if tz is _M:
            tz = None
        _check_tzinfo(tz)
        mytz = self._tzinfo
        if mytz is None:
            mytz = _local_timezone_from_local(self)
        if mytz is tz:
            return self
        off = _call_utcoffset(mytz, self)
        if off is None:
            mytz = _local_timezone_from_local(self)
            off = _call_utcoffset(mytz, self)
        utc = _dt_add(self, -off._days, -off._seconds, -off._microseconds)
        if tz is None:
            utc._tzinfo = _UTC
            tz = _local_timezone(utc)
        utc._tzinfo = tz
        return tz.fromutc(utc)

    # Time zone

    def utcoffset(self, *args, **kw):
        """The tzinfo's utcoffset(self), or None."""
        if args or kw:
            _noargs('datetime.utcoffset', args, kw)
        return _call_utcoffset(self._tzinfo, self)

    def dst(self, *args, **kw):
        """The tzinfo's dst(self), or None."""
        if args or kw:
            _noargs('datetime.dst', args, kw)
        return _call_dst(self._tzinfo, self)

    def tzname(self, *args, **kw):
        """The tzinfo's tzname(self), or None."""
        if args or kw:
            _noargs('datetime.tzname', args, kw)
        return _call_tzname(self._tzinfo, self)

    # Conversions to string

    def __repr__(self):
        cls = type(self)
        name = 'datetime.datetime' if cls is datetime else _tpname(cls)
        if self._microsecond:
            r = '%s(%d, %d, %d, %d, %d, %d, %d)' % (
                name, self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)
        elif self._second:
            r = '%s(%d, %d, %d, %d, %d, %d)' % (
                name, self._year, self._month, self._day, self._hour, self._minute,
                self._second)
        else:
            r = '%s(%d, %d, %d, %d, %d)' % (
                name, self._year, self._month, self._day, self._hour, self._minute)
        if self._fold:
            r = r[:-1] + ', fold=1)'
        if self._tzinfo is not None:
            r = '%s, tzinfo=%r)' % (r[:-1], self._tzinfo)
        return r

    def isoformat(self, sep=_M, timespec=_M, *args, **kw):
        """YYYY-MM-DD<sep>HH:MM:SS[.ffffff][+HH:MM], the time part as timespec says."""
        if sep is _M and timespec is _M and not args and not kw:
            s = '%04d-%02d-%02dT%02d:%02d:%02d' % (self._year, self._month, self._day, self._hour,
                                                  self._minute, self._second)
            if self._microsecond:
                s += '.%06d' % self._microsecond
        else:
            if (args or kw or (sep is not _M and (sep.__class__ is not str or len(sep) != 1))
                    or (timespec is not _M and (timespec.__class__ is not str
                                                or '\0' in timespec))):
                sep, timespec = _c_args('isoformat', ('sep', 'timespec'), (_M, _M), 0, 2,
                                        (sep, timespec), args, kw, (_conv_char, _conv_cstr))
            s = '%04d-%02d-%02d%s%s' % (
                self._year, self._month, self._day, 'T' if sep is _M else sep,
                _timespec_format('auto' if timespec is _M else timespec, self._hour,
                                 self._minute, self._second, self._microsecond))
        if self._tzinfo is not None:
            s += _format_offset(_call_utcoffset(self._tzinfo, self), ':')
        return s

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self, *args, **kw):
        """The C library's ctime() format: 'Tue Jan  2 03:04:05 2024'."""
        if args or kw:
            _noargs('datetime.ctime', args, kw)
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_ABBR[(_ymd2ord(self._year, self._month, self._day) + 6) % 7],
            _MONTH_ABBR[self._month], self._day, self._hour, self._minute, self._second,
            self._year)

    def strftime(self, format=_M, *args, **kw):
        """The datetime formatted by strftime directives."""
        format = _strftime_arg(format, args, kw)
        isdst = _dst_flag(self)
        return _strftime(format, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self._tzinfo, self, isdst)

    # Comparisons

    def __eq__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return _dt_fields(self) == _dt_fields(other)
            return _dt_cmp(self, other, True) == 0
        if isinstance(other, _date_class):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return _dt_fields(self) != _dt_fields(other)
            return _dt_cmp(self, other, True) != 0
        if isinstance(other, _date_class):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return _dt_fields(self) < _dt_fields(other)
            return _dt_cmp(self, other, False) < 0
        if isinstance(other, _date_class):
            _cmperror(self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return _dt_fields(self) <= _dt_fields(other)
            return _dt_cmp(self, other, False) <= 0
        if isinstance(other, _date_class):
            _cmperror(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return _dt_fields(self) > _dt_fields(other)
            return _dt_cmp(self, other, False) > 0
        if isinstance(other, _date_class):
            _cmperror(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            if self._tzinfo is other._tzinfo:
                return _dt_fields(self) >= _dt_fields(other)
            return _dt_cmp(self, other, False) >= 0
        if isinstance(other, _date_class):
            _cmperror(self, other)
        return NotImplemented

    def __hash__(self):
        t = self
        if self._fold:
            t = _new_dt(type(self), self._year, self._month, self._day, self._hour, self._minute,
                        self._second, self._microsecond, self._tzinfo, 0)
        off = _call_utcoffset(t._tzinfo, t)
        if off is None:
            return hash(_dt_fields(self))
        us = (((_ymd2ord(self._year, self._month, self._day) * 86400 + self._hour * 3600
                + self._minute * 60 + self._second) * 1000000 + self._microsecond) - off._us())
        d, us = divmod(us, _US_PER_DAY)
        s, us = divmod(us, 1000000)
        return hash((d, s, us))

    # Arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _dt_add(self, other._days, other._seconds, other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            return _dt_sub(self, other)
        if isinstance(other, timedelta):
            return _dt_add(self, -other._days, -other._seconds, -other._microseconds)
        return NotImplemented

    # Pickling

    def _state(self, protocol):
        m = self._month
        if self._fold and protocol > 3:
            m |= 128
        us = self._microsecond
        return bytes((self._year >> 8, self._year & 255, m, self._day, self._hour, self._minute,
                      self._second, us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        protocol = _c_int(protocol)
        if self._tzinfo is None:
            return (type(self), (self._state(protocol),))
        return (type(self), (self._state(protocol), self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time
_fields(datetime, 'datetime.datetime',
        ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'))
datetime.min = _new_dt(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_dt(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _delta(0, 0, 1)


def _cmperror(a, b):
    raise TypeError("can't compare %s to %s" % (_tpname(type(a)), _tpname(type(b))))


def _dst_flag(dt):
    """The isdst of dt's timetuple(): -1 when unknown, else whether dst() is non-zero."""
    if dt._tzinfo is None:
        return -1
    dst = _call_dst(dt._tzinfo, dt)
    if dst is None:
        return -1
    return 1 if dst else 0


################################################################################
### timezone
################################################################################

def _new_timezone(offset, name):
    if name is None and not offset:
        return _UTC
    d = offset._days
    if d < -1 or d >= 1 or (d == -1 and offset._seconds == 0 and offset._microseconds == 0):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))
    self = _new(timezone)
    self._offset = offset
    self._name = name
    return self


def _tz_arg(dt, what):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                        % (what, _tpname(type(dt))))


@_c_type
class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset=_M, name=_M, *args, **kw):
        if offset is _M or args or kw:
            offset, name = _c_args('timezone', ('offset', 'name'), (_M, _M), 1, 2,
                                   (offset, name), args, kw, (None, None))
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _argtype(offset))
        if name is _M:
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % _argtype(name))
        return _new_timezone(offset, name)

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self, *args, **kw):
        if args or kw:
            _noargs('timezone.__getinitargs__', args, kw)
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return 'datetime.timezone(%r)' % (self._offset,)
        return 'datetime.timezone(%r, %r)' % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt=_M, /, *args, **kw):
        """The fixed offset."""
        if dt is _M or args or kw:
            _one_arg('timezone.utcoffset', dt, args, kw)
        _tz_arg(dt, 'utcoffset')
        return self._offset

    def dst(self, dt=_M, /, *args, **kw):
        """None: a fixed offset has no daylight saving time."""
        if dt is _M or args or kw:
            _one_arg('timezone.dst', dt, args, kw)
        _tz_arg(dt, 'dst')
        return None

    def tzname(self, dt=_M, /, *args, **kw):
        """The name given, else 'UTC' or 'UTC+HH:MM'."""
        if dt is _M or args or kw:
            _one_arg('timezone.tzname', dt, args, kw)
        _tz_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        off = self._offset
        if self is _UTC or not off:
            return 'UTC'
        return 'UTC' + _format_offset(off, ':')

    def fromutc(self, dt=_M, /, *args, **kw):
        """dt (UTC, with tzinfo self) plus the offset."""
        if dt is _M or args or kw:
            _one_arg('timezone.fromutc', dt, args, kw)
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = self._offset
        return _dt_add(dt, off._days, off._seconds, off._microseconds)


_UTC = _new(timezone)
_UTC._offset = _ZERO
_UTC._name = None
timezone.utc = _UTC
timezone.min = _new_timezone(_delta(-1, 60, 0), None)
timezone.max = _new_timezone(_delta(0, 86340, 0), None)
UTC = _UTC
_EPOCH = _new_dt(datetime, 1970, 1, 1, 0, 0, 0, 0, _UTC, 0)
_EPOCH_SECONDS = _EPOCH_ORDINAL * 86400

for _cls in (timedelta, date, IsoCalendarDate, tzinfo, time, datetime, timezone):
    _C_NAMES[_cls] = 'datetime.' + _cls.__name__
del _cls


################################################################################
### Timestamps and the local time zone
################################################################################

def _timestamp_half_even(obj):
    """(seconds, microseconds) of a timestamp, microseconds rounded half to even."""
    if isinstance(obj, float):
        x = float(obj)
        if x != x:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(x)
        us = round(frac * 1e6)
        if us >= 1000000:
            us -= 1000000
            whole += 1.0
        elif us < 0:
            us += 1000000
            whole -= 1.0
        if not -9223372036854775808.0 <= whole < 9223372036854775808.0:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(whole), us
    t = _index(obj)
    if not -9223372036854775808 <= t <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return int(t), 0


def _timestamp_floor(obj):
    """Whole seconds of a timestamp, rounded down."""
    if isinstance(obj, float):
        x = float(obj)
        if x != x:
            raise ValueError("Invalid value NaN (not a number)")
        x = _math.floor(x) if -_INF < x < _INF else x
        if not -9223372036854775808.0 <= x < 9223372036854775808.0:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(x)
    t = _index(obj)
    if not -9223372036854775808 <= t <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    return int(t)


def _now():
    us = _math.floor(_time.time() * 1e6)
    return divmod(us, 1000000)


def _gmtime(t):
    days, s = divmod(t, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
    if not -2147483648 <= y - 1900 <= 2147483647:
        raise OSError(75, 'Value too large for defined data type')
    hh, s = divmod(s, 3600)
    mi, s = divmod(s, 60)
    return y, m, d, hh, mi, s


def _localtime(t):
    return _time.localtime(t)


def _utc_to_seconds(y, m, d, hh, mi, ss):
    if not 1 <= y <= 9999:
        raise ValueError("year %d is out of range" % y)
    return ((_ymd2ord(y, m, d) * 24 + hh) * 60 + mi) * 60 + ss


def _local(u):
    """Seconds since 0001-01-01 of the local time at u (the same scale, read as UTC)."""
    t = u - _EPOCH_SECONDS
    if not -9223372036854775808 <= t <= 9223372036854775807:
        raise OverflowError("timestamp out of range for platform time_t")
    lt = _localtime(t)
    return _utc_to_seconds(lt[0], lt[1], lt[2], lt[3], lt[4], lt[5])


def _local_to_seconds(y, m, d, hh, mi, ss, fold):
    """The u with local(u) == the given local time (fold picks between two; in a gap the
    result follows fold), on the scale of _local."""
    t = _utc_to_seconds(y, m, d, hh, mi, ss)
    a = _local(t) - t
    u1 = t - a
    t1 = _local(u1)
    if t1 == t:
        u2 = u1 + 86400 if fold else u1 - 86400
        b = _local(u2) - u2
        if a == b:
            return u1
    else:
        b = t1 - u1
    u2 = t - b
    t2 = _local(u2)
    if t2 == t:
        return u2
    if t1 == t:
        return u1
    return min(u1, u2) if fold else max(u1, u2)


def _from_timet(cls, t, us, tz, local):
    if local:
        lt = _localtime(t)
        y, m, d, hh, mi, ss = lt[0], lt[1], lt[2], lt[3], lt[4], lt[5]
    else:
        y, m, d, hh, mi, ss = _gmtime(t)
    if ss > 59:
        ss = 59
    fold = 0
    if local:
        result = _utc_to_seconds(y, m, d, hh, mi, ss)
        probe = _local(_EPOCH_SECONDS + t - 86400)
        transition = result - probe - 86400
        if transition < 0:
            if _local(_EPOCH_SECONDS + t + transition) == result:
                fold = 1
    return _dt_of(cls, y, m, d, hh, mi, ss, us, tz, fold)


def _local_timezone_from_timestamp(t):
    lt = _localtime(t)
    zone = lt.tm_zone
    return _new_timezone(timedelta(seconds=lt.tm_gmtoff), zone)


def _local_timezone_from_local(dt):
    s = _local_to_seconds(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second,
                          dt._fold)
    return _local_timezone_from_timestamp(s - _EPOCH_SECONDS)


def _local_timezone(utc):
    return _local_timezone_from_timestamp(_dt_sub(utc, _EPOCH)._us() // 1000000)


################################################################################
### ISO 8601 parsing (the C module's rules, on the UTF-8 bytes of the string)
################################################################################

def _iso_digits(u, p, n):
    v = 0
    for i in range(p, p + n):
        c = u[i]
        if c < '0' or c > '9':
            return -1
        v = v * 10 + ord(c) - 48
    return v


def _parse_iso_date(u, length):
    """(year, month, day) of the date at the start of u (NUL-terminated), or a code < 0."""
    y = _iso_digits(u, 0, 4)
    if y < 0:
        return -1
    p = 4
    sep = u[p] == '-'
    if sep:
        p += 1
    if u[p] == 'W':
        p += 1
        week = _iso_digits(u, p, 2)
        if week < 0:
            return -3
        p += 2
        if p < length:
            if sep:
                p += 1
                if u[p - 1] != '-':
                    return -2
            day = _iso_digits(u, p, 1)
            if day < 0:
                return -4
        else:
            day = 1
        r = _iso_to_ymd(y, week, day)
        if r.__class__ is int:
            return r - 3
        return r
    m = _iso_digits(u, p, 2)
    if m < 0:
        return -1
    p += 2
    if sep:
        p += 1
        if u[p - 1] != '-':
            return -2
    d = _iso_digits(u, p, 2)
    if d < 0:
        return -1
    return (y, m, d)


_FRACTION_SCALE = (0, 100000, 10000, 1000, 100, 10, 1)


def _parse_hh_mm_ss_ff(u, p, end):
    """(code, [h, m, s, us]) of HH[:MM[:SS[.ffffff]]] between p and end; code 1 when the
    text goes on after it, 0 when it ends there, < 0 on failure."""
    vals = [0, 0, 0, 0]
    has_sep = True
    for i in range(3):
        v = _iso_digits(u, p, 2)
        if v < 0:
            return -3, vals
        vals[i] = v
        p += 2
        c = u[p]
        p += 1
        if i == 0:
            has_sep = c == ':'
        if p >= end:
            return (1 if c != '\0' else 0), vals
        if has_sep and c == ':':
            continue
        if c == '.' or c == ',':
            break
        if not has_sep:
            p -= 1
        else:
            return -4, vals
    n = end - p
    if n > 6:
        n = 6
    us = _iso_digits(u, p, n) if n > 0 else 0
    if us < 0:
        return -3, vals
    p += n
    vals[3] = us * _FRACTION_SCALE[n] if n > 0 else 0
    while '0' <= u[p] <= '9':
        p += 1
    return (1 if u[p] != '\0' else 0), vals


def _parse_iso_time(u, p, length):
    """(h, m, s, us, tzinfo) of the time at u[p:p+length] (u NUL-terminated), or None."""
    end = p + length
    tzpos = p
    while True:
        if u[tzpos] in 'Z+-':
            break
        tzpos += 1
        if tzpos >= end:
            break
    rv, vals = _parse_hh_mm_ss_ff(u, p, tzpos)
    if rv < 0:
        return None
    if tzpos == end:
        if rv == 1:
            return None
        return vals[0], vals[1], vals[2], vals[3], None
    if u[tzpos] == 'Z':
        if u[tzpos + 1] != '\0':
            return None
        return vals[0], vals[1], vals[2], vals[3], _UTC
    sign = -1 if u[tzpos] == '-' else 1
    rv, tzv = _parse_hh_mm_ss_ff(u, tzpos + 1, end)
    if rv:
        return None
    offset = sign * (tzv[0] * 3600 + tzv[1] * 60 + tzv[2])
    if offset == 0:
        tz = _UTC
    else:
        tz = _new_timezone(_delta_us(offset * 1000000 + sign * tzv[3]), None)
    return vals[0], vals[1], vals[2], vals[3], tz


def _iso_separator(u, n):
    """Where the date part of an isoformat datetime ends (-1 when it cannot)."""
    if n == 7:
        return 7
    if u[4] == '-':
        if u[5] == 'W':
            if n < 8:
                return -1
            if n > 8 and u[8] == '-':
                if n == 9:
                    return -1
                if n > 10 and '0' <= u[10] <= '9':
                    return 8
                return 10
            return 8
        return 10
    if u[4] == 'W':
        i = 7
        while i < n and '0' <= u[i] <= '9':
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


def _parse_iso_datetime(s):
    """(y, m, d, hh, mi, ss, us, tzinfo) of a datetime.fromisoformat string, or None."""
    n = len(s)
    if ((n == 10 or n == 19 or n == 26) and s.isascii() and s[4] == '-' and s[7] == '-'
            and s[:4].isdigit() and s[5:7].isdigit() and s[8:10].isdigit()):
        # YYYY-MM-DD[?HH:MM:SS[.ffffff]], the common shapes, read directly.
        if n == 10:
            return int(s[:4]), int(s[5:7]), int(s[8:10]), 0, 0, 0, 0, None
        if (s[13] == ':' and s[16] == ':' and s[11:13].isdigit() and s[14:16].isdigit()
                and s[17:19].isdigit() and (n == 19 or (s[19] == '.' and s[20:].isdigit()))):
            return (int(s[:4]), int(s[5:7]), int(s[8:10]), int(s[11:13]), int(s[14:16]),
                    int(s[17:19]), int(s[20:]) if n == 26 else 0, None)
    if n < 7:
        return None
    u = s if s.isascii() else s.encode('utf-8', 'surrogatepass').decode('latin-1')
    n = len(u)
    u += '\0\0\0\0\0\0\0\0'
    sep = _iso_separator(u, n)
    if sep < 0:
        return None
    r = _parse_iso_date(u, sep)
    if r.__class__ is int:
        return None
    if n <= sep:
        return r[0], r[1], r[2], 0, 0, 0, 0, None
    lead = ord(u[sep])
    if lead < 128:
        p = sep + 1
    elif lead & 0xf0 == 0xe0:
        p = sep + 3
    elif lead & 0xf0 == 0xf0:
        p = sep + 4
    else:
        p = sep + 2
    t = _parse_iso_time(u, p, n - p)
    if t is None:
        return None
    return r[0], r[1], r[2], t[0], t[1], t[2], t[3], t[4]


################################################################################
### strftime: the datetime module's %z, %Z and %f, then glibc's directives (C locale)
################################################################################

def _strftime_arg(format, args, kw):
    if args or kw or format.__class__ is not str:
        format, = _c_args('strftime', ('format',), (_M,), 1, 1, (format,), args, kw,
                          (_conv_str,))
    return format


# Formats made only of plain directives are turned once into a %-template and an
# itemgetter over the fields: (template, getter, needs the weekday, needs the day of year).
_STRF_SIMPLE = {'Y': (0, '%d'), 'm': (1, '%02d'), 'd': (2, '%02d'), 'H': (3, '%02d'),
                'M': (4, '%02d'), 'S': (5, '%02d'), 'y': (6, '%02d'), 'b': (7, '%s'),
                'h': (7, '%s'), 'B': (8, '%s'), 'p': (9, '%s'), 'I': (10, '%02d'),
                'f': (11, '%06d'), 'a': (12, '%s'), 'A': (13, '%s'), 'j': (14, '%03d')}
_strf_plans = {}


def _strftime_plan(fmt):
    parts = []
    idx = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            parts.append(fmt[i:].replace('%', '%%'))
            break
        parts.append(fmt[i:j])
        if j + 1 >= n or '\0' in fmt:
            return False
        c = fmt[j + 1]
        if c == '%':
            parts.append('%%')
        else:
            spec = _STRF_SIMPLE.get(c)
            if spec is None:
                return False
            idx.append(spec[0])
            parts.append(spec[1])
        i = j + 2
    if not idx:
        return False
    getter = _itemgetter(*idx) if len(idx) > 1 else (lambda v, k=idx[0]: (v[k],))
    return ''.join(parts), getter, 12 in idx or 13 in idx, 14 in idx


def _strftime(fmt, y, mo, d, hh, mi, ss, us, tz, tzarg, isdst):
    """fmt formatted for the given fields; tz and tzarg give %z and %Z (tzinfo and the
    argument its methods get), isdst the timetuple's flag."""
    plan = _strf_plans.get(fmt)
    if plan is None:
        plan = _strftime_plan(fmt)
        if len(_strf_plans) >= 256:
            _strf_plans.clear()
        _strf_plans[fmt] = plan
    if plan:
        template, getter, wday, yday = plan
        wd = (_ymd2ord(y, mo, d) + 6) % 7 if wday else 0
        yd = (_DAYS_BEFORE_MONTH[mo] + d + (1 if mo > 2 and _is_leap(y) else 0)) if yday else 0
        return template % getter((y, mo, d, hh, mi, ss, y % 100, _MONTH_ABBR[mo],
                                  _MONTH_NAMES[mo], 'AM' if hh < 12 else 'PM',
                                  (hh + 11) % 12 + 1, us, _DAY_ABBR[wd], _DAY_NAMES[wd], yd))
    k = fmt.find('\0')
    if k >= 0:
        fmt = fmt[:k]
    if '%' not in fmt:
        return fmt
    if '%z' in fmt or '%Z' in fmt or '%f' in fmt:
        fmt = _wrap_strftime(fmt, us, tz, tzarg)
    return _gnu_strftime(fmt, (y, mo, d, hh, mi, ss, isdst))


def _wrap_strftime(fmt, us, tz, tzarg):
    """fmt with %z, %Z and %f replaced by their values (% in a zone name doubled)."""
    out = []
    zrep = Zrep = None
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find('%', i)
        if j < 0 or j + 1 >= n:
            out.append(fmt[i:])
            break
        if j > i:
            out.append(fmt[i:j])
        c = fmt[j + 1]
        if c == 'z':
            if zrep is None:
                zrep = '' if tz is None else _format_offset(_call_utcoffset(tz, tzarg), '')
            out.append(zrep)
        elif c == 'Z':
            if Zrep is None:
                name = None if tz is None else _call_tzname(tz, tzarg)
                Zrep = '' if name is None else name.replace('%', '%%')
            out.append(Zrep)
        elif c == 'f':
            out.append('%06d' % us)
        else:
            out.append(fmt[j:j + 2])
        i = j + 2
    return ''.join(out)


def _gnu_strftime(fmt, tm):
    out = []
    i = 0
    n = len(fmt)
    y, mo, d, hh, mi, ss, isdst = tm
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            out.append(fmt[i:])
            break
        if j > i:
            out.append(fmt[i:j])
        c = fmt[j + 1] if j + 1 < n else ''
        # The plain directives come first, without flags, width or modifier.
        if c == 'Y':
            out.append(str(y))
        elif c == 'm':
            out.append('%02d' % mo)
        elif c == 'd':
            out.append('%02d' % d)
        elif c == 'H':
            out.append('%02d' % hh)
        elif c == 'M':
            out.append('%02d' % mi)
        elif c == 'S':
            out.append('%02d' % ss)
        elif c == 'y':
            out.append('%02d' % (y % 100))
        elif c == 'b' or c == 'h':
            out.append(_MONTH_ABBR[mo])
        elif c == 'B':
            out.append(_MONTH_NAMES[mo])
        elif c == 'a':
            out.append(_DAY_ABBR[(_ymd2ord(y, mo, d) + 6) % 7])
        elif c == 'A':
            out.append(_DAY_NAMES[(_ymd2ord(y, mo, d) + 6) % 7])
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'I':
            out.append('%02d' % ((hh + 11) % 12 + 1))
        elif c == '%':
            out.append('%')
        else:
            i = _gnu_directive(fmt, j, n, tm, out)
            continue
        i = j + 2
    return ''.join(out)


_GNU_SUBFORMATS = {'c': '%a %b %e %H:%M:%S %Y', 'x': '%m/%d/%y', 'D': '%m/%d/%y',
                   'X': '%H:%M:%S', 'T': '%H:%M:%S', 'R': '%H:%M', 'r': '%I:%M:%S %p',
                   'F': '%Y-%m-%d'}
# The directives a modifier makes invalid ('E', 'O' or both).
_GNU_BAD_MODIFIER = {'a': 'EO', 'A': 'EO', 'b': 'E', 'h': 'E', 'B': 'E', 'c': 'O', 'd': 'E',
                     'D': 'EO', 'e': 'E', 'F': 'EO', 'g': 'E', 'G': 'E', 'H': 'E', 'I': 'E',
                     'j': 'E', 'k': 'E', 'l': 'E', 'm': 'E', 'M': 'E', 'S': 'E',
                     'U': 'E', 'V': 'E', 'w': 'E', 'W': 'E', 'x': 'O', 'X': 'O', 'Y': 'O'}


def _gnu_pad(s, width, pad):
    if width > len(s):
        return ('0' if pad == '0' else ' ') * (width - len(s)) + s
    return s


def _gnu_number(v, digits, width, pad, spacepad=False):
    if spacepad and pad != '0' and pad != '-':
        pad = '_'
    if width > digits:
        digits = width
    s = str(v)
    if pad != '-':
        padding = digits - len(s)
        if padding > 0:
            if pad == '_':
                s = ' ' * padding + s
            elif v < 0:
                s = '-' + '0' * padding + s[1:]
            else:
                s = '0' * padding + s
            width = width - padding if width > padding else 0
    return _gnu_pad(s, width, pad)


def _gnu_directive(fmt, j, n, tm, out):
    """Formats the directive at fmt[j] ('%') as glibc does; returns where the text resumes."""
    y, mo, d, hh, mi, ss, isdst = tm
    k = j + 1
    pad = ''
    upper = swap = False
    while k < n:
        c = fmt[k]
        if c == '_' or c == '-' or c == '0':
            pad = c
        elif c == '^':
            upper = True
        elif c == '#':
            swap = True
        else:
            break
        k += 1
    width = -1
    if k < n and '0' <= fmt[k] <= '9':
        width = 0
        while k < n and '0' <= fmt[k] <= '9':
            width = width * 10 + ord(fmt[k]) - 48
            k += 1
    mod = ''
    if k < n and (fmt[k] == 'E' or fmt[k] == 'O'):
        mod = fmt[k]
        k += 1
    c = fmt[k] if k < n else ''
    if mod and mod in _GNU_BAD_MODIFIER.get(c, ''):
        if swap and c in 'bhB':
            upper = True
        c = '?'
    lower = False
    text = None
    if c and c in 'aAbhB':
        if swap:
            upper = True
        if c == 'a':
            text = _DAY_ABBR[(_ymd2ord(y, mo, d) + 6) % 7]
        elif c == 'A':
            text = _DAY_NAMES[(_ymd2ord(y, mo, d) + 6) % 7]
        elif c == 'B':
            text = _MONTH_NAMES[mo]
        else:
            text = _MONTH_ABBR[mo]
    elif c in _GNU_SUBFORMATS:
        text = _gnu_strftime(_GNU_SUBFORMATS[c], tm)
    elif c == 'p' or c == 'P':
        if swap or c == 'P':
            lower = True
        text = 'AM' if hh < 12 else 'PM'
    elif c == 'Z':
        if swap:
            upper = False
            lower = True
        text = _time.tzname[isdst] if 0 <= isdst <= 1 else ''
    elif c == 'n':
        text = '\n'
    elif c == 't':
        text = '\t'
    elif c == '%':
        text = '%'
    elif c == 'z':
        if isdst >= 0:
            out.append(_gnu_pad('+', width, pad))
            out.append(_gnu_number(0, 4, width, pad))
        return k + 1
    elif c == 's':
        t = int(_time.mktime((y, mo, d, hh, mi, ss, (_ymd2ord(y, mo, d) + 6) % 7,
                              _DAYS_BEFORE_MONTH[mo] + d + (mo > 2 and _is_leap(y)), isdst)))
        out.append(_gnu_pad(str(t), width, pad))
        return k + 1
    elif c and c in 'CdegGHIjklmMSuUVwWyY':
        if c == 'Y':
            v, digits = y, 1
        elif c == 'C':
            v, digits = y // 100, 1
        elif c == 'y':
            v, digits = y % 100, 2
        elif c == 'm':
            v, digits = mo, 2
        elif c == 'd' or c == 'e':
            v, digits = d, 2
        elif c == 'H' or c == 'k':
            v, digits = hh, 2
        elif c == 'I' or c == 'l':
            v, digits = (hh + 11) % 12 + 1, 2
        elif c == 'M':
            v, digits = mi, 2
        elif c == 'S':
            v, digits = ss, 2
        elif c == 'j':
            v, digits = _DAYS_BEFORE_MONTH[mo] + d + (1 if mo > 2 and _is_leap(y) else 0), 3
        else:
            wday = _ymd2ord(y, mo, d) % 7                     # Sunday is 0
            if c == 'u':
                v, digits = (wday + 6) % 7 + 1, 1
            elif c == 'w':
                v, digits = wday, 1
            elif c == 'U' or c == 'W':
                yday = _DAYS_BEFORE_MONTH[mo] + d - 1 + (1 if mo > 2 and _is_leap(y) else 0)
                if c == 'U':
                    v = (yday - wday + 7) // 7
                else:
                    v = (yday - (wday - 1 + 7) % 7 + 7) // 7
                digits = 2
            else:
                iy, iw, _ = _iso_calendar(y, mo, d)
                if c == 'G':
                    v, digits = iy, 1
                elif c == 'g':
                    v, digits = iy % 100, 2
                else:
                    v, digits = iw, 2
        out.append(_gnu_number(v, digits, width, pad, c in 'ekl'))
        return k + 1
    else:
        # Not a directive: copied as it is, from the % through this character.
        text = fmt[j:k + 1]
        if upper:
            text = text.upper()
        out.append(_gnu_pad(text, width, pad))
        return k + 1 if k < n else n
    if lower:
        text = text.lower()
    elif upper:
        text = text.upper()
    out.append(_gnu_pad(text, width, pad))
    return k + 1


def _strptime_datetime(cls, data, fmt):
    # time.strptime's matcher and rules (time_support.py), with the microseconds kept.
    parts = _time._strptime_parts(data, fmt)
    fields = parts[:6] + (parts[11],)
    tzname, gmtoff, gmtoff_fraction = parts[9], parts[10], parts[12]
    if gmtoff is None:
        return cls(*fields)
    delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
    tz = timezone(delta, tzname) if tzname else timezone(delta)
    return cls(*fields, tz)
