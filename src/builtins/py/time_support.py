"""Cellar's implementation of the Python half of the `time` module, run in the namespace of
the native module: `struct_time` (which the native `localtime` and `gmtime` return), the
argument handling around the C library calls `_mktime` and `_strftime` (strftime, mktime,
asctime, ctime), `strptime`, `get_clock_info`, `tzset`, and the clocks the native module
does not provide itself (`thread_time`, `clock_gettime`, ...), built on its clocks."""

from operator import index as _index
from _collections import _tuplegetter
from _cellar import c_type as _c_type

_STRUCT_TM_ITEMS = 11

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3


def _no_args(name, args, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)
    if args:
        raise TypeError("%s() takes no arguments (%d given)" % (name, len(args)))


def _arg_type(v):
    return "None" if v is None else type(v).__name__


################################################################################
### struct_time
################################################################################

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff")


class _Member:
    """The class attribute standing for tm_zone and tm_gmtoff, which each struct_time keeps
    in its own dict (read there before this is consulted)."""

    def __init__(self, name, doc):
        self.name = name
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __repr__(self):
        return "<member %r of 'time.struct_time' objects>" % self.name


_NO_DICT = object()


def _structseq_args(args, kwargs):
    """The (sequence, dict) arguments of struct_time(), checked as CPython's structseq."""
    n = len(args)
    if n > 2:
        raise TypeError("structseq() takes at most 2 arguments (%d given)" % n)
    seq = args[0] if n > 0 else None
    d = args[1] if n > 1 else _NO_DICT
    for pos, key in ((1, "sequence"), (2, "dict")):
        if key in kwargs:
            if n >= pos:
                raise TypeError("argument for structseq() given by name ('%s') and position "
                                "(%d)" % (key, pos))
            if key == "sequence":
                seq = kwargs[key]
            else:
                d = kwargs[key]
    for key in kwargs:
        if key not in ("sequence", "dict"):
            raise TypeError("'%s' is an invalid keyword argument for structseq()" % key)
    if n == 0 and "sequence" not in kwargs:
        raise TypeError("structseq() missing required argument 'sequence' (pos 1)")
    return seq, d


@_c_type
class struct_time(tuple):
    """The broken-down time that gmtime(), localtime() and strptime() return and asctime(),
    mktime() and strftime() accept: a sequence of 9 ints with named fields, plus tm_zone
    and tm_gmtoff (by name only)."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = _FIELDS[:9]

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 1:
            seq, d = _structseq_args(args, kwargs)
        else:
            seq = args[0]
            d = _NO_DICT
        if type(seq) is not tuple:
            try:
                seq = tuple(seq)
            except TypeError:
                raise TypeError("constructor requires a sequence") from None
        n = len(seq)
        if n != 11:
            if n < 9:
                raise TypeError("time.struct_time() takes an at least 9-sequence "
                                "(%d-sequence given)" % n)
            if n > 11:
                raise TypeError("time.struct_time() takes an at most 11-sequence "
                                "(%d-sequence given)" % n)
            if d is not _NO_DICT and not isinstance(d, dict):
                raise TypeError("time.struct_time() takes a dict as second arg, if any")
            if d is not _NO_DICT and d:
                seq = seq + tuple(d.get(name) for name in _FIELDS[n:])
            else:
                seq = seq + (None,) * (11 - n)
        elif d is not _NO_DICT and not isinstance(d, dict):
            raise TypeError("time.struct_time() takes a dict as second arg, if any")
        self = tuple.__new__(cls, seq[:9])
        extra = self.__dict__
        extra["tm_zone"] = seq[9]
        extra["tm_gmtoff"] = seq[10]
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'time.struct_time' is not an acceptable base type")

    def __setattr__(self, name, value):
        if name == "__class__" and not isinstance(value, type):
            raise TypeError("__class__ must be set to a class, not '%s' object"
                            % type(value).__name__)
        _refuse_attribute(name, "__class__ assignment only supported for mutable types or "
                                "ModuleType subclasses")

    def __delattr__(self, name):
        _refuse_attribute(name, "can't delete __class__ attribute")

    def __repr__(self):
        return ("time.struct_time(tm_year=%r, tm_mon=%r, tm_mday=%r, tm_hour=%r, tm_min=%r, "
                "tm_sec=%r, tm_wday=%r, tm_yday=%r, tm_isdst=%r)" % tuple(self))

    def __reduce__(self):
        extra = self.__dict__
        return (struct_time, (tuple(self), {"tm_zone": extra["tm_zone"],
                                            "tm_gmtoff": extra["tm_gmtoff"]}))


def _refuse_attribute(name, class_message):
    if name in _FIELDS:
        raise AttributeError("readonly attribute")
    if name == "__class__":
        raise TypeError(class_message)
    if hasattr(struct_time, name):
        raise AttributeError("'time.struct_time' object attribute '%s' is read-only" % name)
    raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)


for _i, _doc in enumerate(("the year, e.g. 2024", "the month, 1 to 12",
                           "the day of the month, 1 to 31", "the hour, 0 to 23", "the minute, 0 to 59",
                           "the second, 0 to 61 (leap seconds)",
                           "the day of the week, 0 (Monday) to 6",
                           "the day of the year, 1 to 366",
                           "1 in summer time, 0 if not, -1 if not known")):
    setattr(struct_time, _FIELDS[_i], _tuplegetter(_i, _doc))
struct_time.tm_zone = _Member("tm_zone", "the abbreviated name of the time zone")
struct_time.tm_gmtoff = _Member("tm_gmtoff", "the offset from UTC in seconds (east positive)")
struct_time.__module__ = "time"
del _i, _doc, _Member, _tuplegetter, _c_type


################################################################################
### time tuple arguments (CPython's gettmarg and checktm)
################################################################################

def _c_int(v):
    """v as a C int, as PyArg_ParseTuple's "i" converts it."""
    if type(v) is not int:
        v = _index(v)
    if v > 2147483647:
        if v > 9223372036854775807:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is greater than maximum")
    if v < -2147483648:
        if v < -9223372036854775808:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError("signed integer is less than minimum")
    return int(v)


def _tm_arg(t, who):
    """The 11 fields (zone and offset last) of a time tuple argument, checked as the C
    module reads it into a struct tm."""
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % who)
    fields = list(t)
    for v in fields:
        if type(v) is not int or not -2147483648 <= v <= 2147483647:
            fields = [_c_int(v) for v in fields]
            break
    if fields[0] < -2147481748:
        raise OverflowError("year out of range")
    if type(t) is struct_time:
        extra = t.__dict__
        zone = extra["tm_zone"]
        if zone is not None and not isinstance(zone, str):
            raise TypeError("bad argument type for built-in operation")
        gmtoff = extra["tm_gmtoff"]
        if gmtoff is None:
            gmtoff = 0
        elif type(gmtoff) is not int:
            gmtoff = _index(gmtoff)
        if not -9223372036854775808 <= gmtoff <= 9223372036854775807:
            raise OverflowError("Python int too large to convert to C long")
        fields.append(zone)
        fields.append(gmtoff)
    else:
        fields.append(None)
        fields.append(0)
    return fields


def _checked_tm(t, who):
    """_tm_arg's fields, range-checked (zero month, day and day of the year taken as 1) for
    strftime and asctime; the weekday made 0..6."""
    f = _tm_arg(t, who)
    year, mon, mday, hour, minute, sec, wday, yday = f[:8]
    if not 1 <= mon <= 12:
        if mon != 0:
            raise ValueError("month out of range")
        f[1] = 1
    if not 1 <= mday <= 31:
        if mday != 0:
            raise ValueError("day of month out of range")
        f[2] = 1
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if not 0 <= wday <= 6:
        # C takes (tm_wday + 1) % 7, a remainder with the dividend's sign.
        c_wday = wday + 1
        c_wday = c_wday % 7 if c_wday >= 0 else -(-c_wday % 7)
        if c_wday < 0:
            raise ValueError("day of week out of range")
        f[6] = (c_wday + 6) % 7
    if not 1 <= yday <= 366:
        if yday != 0:
            raise ValueError("day of year out of range")
        f[7] = 1
    return f


def _local_now():
    t = localtime()
    extra = t.__dict__
    return list(t) + [extra["tm_zone"], extra["tm_gmtoff"]]


def strftime(*args, **kwargs):
    """strftime(format[, tuple]) -> string: the time tuple (the local time if omitted)
    formatted by the C library's strftime."""
    if kwargs:
        raise TypeError("strftime() takes no keyword arguments")
    n = len(args)
    if n == 0:
        raise TypeError("strftime() takes at least 1 argument (0 given)")
    if n > 2:
        raise TypeError("strftime() takes at most 2 arguments (%d given)" % n)
    fmt = args[0]
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _arg_type(fmt))
    if n == 1:
        f = _local_now()
    else:
        f = _checked_tm(args[1], "strftime")
        isdst = f[8]
        if isdst < -1:
            f[8] = -1
        elif isdst > 1:
            f[8] = 1
    return _strftime(fmt, f)


def mktime(*args, **kwargs):
    """mktime(tuple) -> float: the seconds since the Epoch of a local time tuple."""
    if kwargs:
        raise TypeError("time.mktime() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("time.mktime() takes exactly one argument (%d given)" % len(args))
    return _mktime(_tm_arg(args[0], "mktime"))


_DAY_ABBRS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBRS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")


def _asctime(f):
    return "%s %s%3d %02d:%02d:%02d %d" % (_DAY_ABBRS[f[6]], _MONTH_ABBRS[f[1] - 1], f[2],
                                           f[3], f[4], f[5], f[0])


def asctime(*args, **kwargs):
    """asctime([tuple]) -> string such as 'Sat Jun 06 16:26:11 1998' for a time tuple (the
    local time if omitted)."""
    if kwargs:
        raise TypeError("asctime() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("asctime expected at most 1 argument, got %d" % len(args))
    return _asctime(_checked_tm(args[0], "asctime") if args else localtime())


def ctime(*args, **kwargs):
    """ctime(seconds) -> string: the local time of the seconds since the Epoch (now if
    omitted or None), as asctime() writes it."""
    if kwargs:
        raise TypeError("ctime() takes no keyword arguments")
    if len(args) > 1:
        raise TypeError("ctime() takes at most 1 argument (%d given)" % len(args))
    return _asctime(localtime(args[0] if args else None))


################################################################################
### time zone, clocks
################################################################################

def tzset(*args, **kwargs):
    """Reads the TZ environment variable again and resets tzname, timezone, altzone and
    daylight."""
    global tzname, timezone, altzone, daylight
    _no_args("time.tzset", args, kwargs)
    # POSIX has mktime() behave as though it called tzset(): that makes the C library read
    # TZ again.
    _mktime((2000, 1, 1, 0, 0, 0, 0, 1, -1, None, 0))
    year = 31557600  # (365 * 24 + 6) hours
    start = int(time()) // year * year
    jan = localtime(start)
    jul = localtime(start + year // 2)
    jan_off = -jan.tm_gmtoff
    jul_off = -jul.tm_gmtoff
    jan_name = jan.tm_zone[:9]
    jul_name = jul.tm_zone[:9]
    if jan_off < jul_off:
        # Summer time in January: the southern hemisphere.
        timezone, altzone, tzname = jul_off, jan_off, (jul_name, jan_name)
    else:
        timezone, altzone, tzname = jan_off, jul_off, (jan_name, jul_name)
    daylight = int(jan_off != jul_off)


def thread_time(*args, **kwargs):
    """The CPU time of the current thread in seconds (Cellar runs one thread: the CPU time
    of the process)."""
    _no_args("time.thread_time", args, kwargs)
    return process_time()


def thread_time_ns(*args, **kwargs):
    """thread_time() in nanoseconds, an int."""
    _no_args("time.thread_time_ns", args, kwargs)
    return process_time_ns()


def _clock_id(args, kwargs, name):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)
    if len(args) != 1:
        # CPython's clock_gettime_ns says clock_gettime here too.
        raise TypeError("%s() takes exactly 1 argument (%d given)"
                        % ("clock_gettime" if name == "clock_gettime_ns" else name, len(args)))
    clk = _c_int(args[0])
    if not 0 <= clk <= 3:
        raise OSError(22, "Invalid argument")
    return clk


def clock_gettime(*args, **kwargs):
    """clock_gettime(clk_id) -> float: the time of the given clock in seconds."""
    clk = _clock_id(args, kwargs, "clock_gettime")
    if clk == 0:
        return time()
    if clk == 1:
        return monotonic()
    return process_time()


def clock_gettime_ns(*args, **kwargs):
    """clock_gettime_ns(clk_id) -> int: the time of the given clock in nanoseconds."""
    clk = _clock_id(args, kwargs, "clock_gettime_ns")
    if clk == 0:
        return time_ns()
    if clk == 1:
        return monotonic_ns()
    return process_time_ns()


def clock_getres(*args, **kwargs):
    """clock_getres(clk_id) -> float: the resolution of the given clock in seconds."""
    _clock_id(args, kwargs, "clock_getres")
    return 1e-09


_CLOCKS = {
    "time": ("clock_gettime(CLOCK_REALTIME)", False, True),
    "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False),
    "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False),
    "thread_time": ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", True, False),
}


def get_clock_info(*args, **kwargs):
    """get_clock_info(name) -> namespace with implementation, monotonic, adjustable and
    resolution of the named clock."""
    if kwargs:
        raise TypeError("get_clock_info() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("get_clock_info() takes exactly 1 argument (%d given)" % len(args))
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("get_clock_info() argument 1 must be str, not %s" % _arg_type(name))
    if "\0" in name:
        raise ValueError("embedded null character")
    info = _CLOCKS.get(name)
    if info is None:
        raise ValueError("unknown clock")
    import types
    return types.SimpleNamespace(implementation=info[0], monotonic=info[1],
                                 adjustable=info[2], resolution=1e-09)


################################################################################
### strptime: CPython's _strptime rules for the C locale, with a small backtracking
### matcher in place of its regular expression
################################################################################

# The regular expression of each numeric directive: it fixes what the directive matches (in
# the order the alternatives are tried) and the length the compiled pattern gives it.
_SP_REGEX = {
    "d": r"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]",
    "f": r"[0-9]{1,6}",
    "H": r"2[0-3]|[0-1]\d|\d",
    "I": r"1[0-2]|0[1-9]|[1-9]",
    "G": r"\d\d\d\d",
    "j": r"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
    "m": r"1[0-2]|0[1-9]|[1-9]",
    "M": r"[0-5]\d|\d",
    "S": r"6[0-1]|[0-5]\d|\d",
    "U": r"5[0-3]|[0-4]\d|\d",
    "W": r"5[0-3]|[0-4]\d|\d",
    "w": r"[0-6]",
    "u": r"[1-7]",
    "V": r"5[0-3]|0[1-9]|[1-4]\d|\d",
    "y": r"\d\d",
    "Y": r"\d\d\d\d",
    "z": r"[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)",
}
_SP_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SP_MONTHS = ("", "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_SP_NAMES = {
    "a": tuple(d[:3] for d in _SP_DAYS),
    "A": tuple(sorted(_SP_DAYS, key=len, reverse=True)),
    "b": tuple(m[:3] for m in _SP_MONTHS[1:]),
    "B": tuple(sorted(_SP_MONTHS[1:], key=len, reverse=True)),
    "p": ("am", "pm"),
}
_SP_LOCALE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}
_SP_REGEX_CHARS = "\\.^$*+?(){}[]|"
_SP_ESCAPED = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def _sp_alternatives(regex):
    """The alternatives of a numeric directive's regex, each a tuple with, per character,
    the characters allowed there (None: any decimal digit)."""
    alts = []
    for alt in regex.split("|"):
        items = []
        i = 0
        while i < len(alt):
            c = alt[i]
            if c == "\\":
                items.append(None)
                i += 2
            elif c == "[":
                items.append("".join(chr(k) for k in range(ord(alt[i + 1]), ord(alt[i + 3]) + 1)))
                i += 5
            else:
                items.append(c)
                i += 1
        alts.append(tuple(items))
    return tuple(alts)


_SP_ALTS = {k: _sp_alternatives(v) for k, v in _SP_REGEX.items() if k not in "fz"}
del _sp_alternatives


def _sp_numeric_ends(alts, s, pos, n):
    ends = []
    for alt in alts:
        e = pos + len(alt)
        if e > n or e in ends:
            continue
        i = pos
        for allowed in alt:
            c = s[i]
            if allowed is None:
                if not c.isdecimal():
                    break
            elif c not in allowed:
                break
            i += 1
        else:
            ends.append(e)
    return ends


def _sp_fraction_ends(s, pos, n):
    e = pos
    while e < n and e - pos < 6 and "0" <= s[e] <= "9":
        e += 1
    return list(range(e, pos, -1))


def _sp_offset_ends(s, pos, n):
    if pos >= n:
        return []
    if s[pos] == "Z":
        return [pos + 1]
    if s[pos] not in "+-" or pos + 3 > n or not (s[pos + 1].isdecimal()
                                                 and s[pos + 2].isdecimal()):
        return []
    p = pos + 3
    if p < n and s[p] == ":":
        p += 1
    if p + 2 > n or s[p] not in "012345" or not s[p + 1].isdecimal():
        return []
    p += 2
    ends = []
    q = p
    if q < n and s[q] == ":":
        q += 1
    if q + 2 <= n and s[q] in "012345" and s[q + 1].isdecimal():
        q += 2
        if q < n and s[q] == ".":
            e = q + 1
            while e < n and e - q <= 6 and s[e].isdecimal():
                e += 1
            ends.extend(range(e, q + 1, -1))
        ends.append(q)
    ends.append(p)
    return ends


def _sp_name_ends(names, s, pos, n):
    ends = []
    for name in names:
        e = pos + len(name)
        if e <= n and e not in ends and s[pos:e].lower() == name:
            ends.append(e)
    return ends


# Tokens: (0, char, lowered char) literal (compared ignoring case), (1, None, None) a run of
# whitespace, (2, directive, ends) a directive, where ends(s, pos, n) lists where it may end.
_sp_cache = {}
_sp_zones = None


def _sp_zone_names():
    # The names of standard time (a set: no repeats), then the summer time name.
    names = list(dict.fromkeys(("utc", "gmt", tzname[0].lower())))
    if daylight:
        names.append(tzname[1].lower())
    return sorted(names, key=len, reverse=True)


class _GroupRedefined(Exception):
    """Stands in for re.error when Cellar has no re module loaded."""


_GroupRedefined.__name__ = _GroupRedefined.__qualname__ = "error"
_GroupRedefined.__module__ = "re"


def _sp_compile(fmt):
    """The tokens of format fmt (the errors of CPython's regex building and compiling)."""
    zones = _sp_zone_names()
    toks = []
    groups = {}
    state = [1, 0]  # the next group number, the length of the regex so far
    _sp_tokens(fmt, fmt, toks, groups, state, zones)
    if None in groups:
        # The regex CPython compiles would name a group twice.
        import sys
        error = getattr(sys.modules.get("re"), "error", _GroupRedefined)
        raise error("redefinition of group name %r as group %d; was group %d at position %d"
                    % groups[None])
    return toks


def _sp_directive(c, zones):
    """(ends function, regex length, groups) of directive c."""
    if c in _SP_NAMES or c == "Z":
        names = zones if c == "Z" else _SP_NAMES[c]
        size = 7 + len(names) - 1 + sum(len(x) + sum(ch in _SP_ESCAPED for ch in x)
                                        for x in names)
        return (lambda s, pos, n, names=names: _sp_name_ends(names, s, pos, n)), size, 1
    size = len(_SP_REGEX[c]) + 7
    if c == "f":
        return _sp_fraction_ends, size, 1
    if c == "z":
        return _sp_offset_ends, size, 3
    alts = _SP_ALTS[c]
    return (lambda s, pos, n: _sp_numeric_ends(alts, s, pos, n)), size, 1


def _sp_tokens(fmt, top, toks, groups, state, zones):
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % top)
            c = fmt[i + 1]
            i += 2
            if c == "%":
                toks.append((0, "%", "%"))
                state[1] += 1
            elif c in _SP_LOCALE:
                _sp_tokens(_SP_LOCALE[c], top, toks, groups, state, zones)
            elif c in _SP_REGEX or c in _SP_NAMES or c == "Z":
                ends, size, ngroups = _sp_directive(c, zones)
                if c in groups:
                    groups.setdefault(None, (c, state[0], groups[c], state[1] + 4))
                groups[c] = state[0]
                state[0] += ngroups
                state[1] += size
                toks.append((2, c, ends))
            else:
                if c.isspace() or c in _SP_REGEX_CHARS:
                    c = "%"
                raise ValueError("'%s' is a bad directive in format '%s'" % (c, top))
        elif c.isspace():
            i += 1
            while i < n and fmt[i].isspace():
                i += 1
            toks.append((1, None, None))
            state[1] += 3
        else:
            toks.append((0, c, c.lower()))
            state[1] += 2 if c in _SP_REGEX_CHARS else 1
            i += 1


def _sp_match(toks, k, s, pos, n, found):
    """Matches toks[k:] against s from pos, trying the choices in the order the regex
    would; returns where the match ends (-1 if none). found gets each directive's text."""
    ntoks = len(toks)
    while k < ntoks:
        kind, a, b = toks[k]
        if kind == 0:
            if pos < n:
                c = s[pos]
                if c == a or c.lower() == b or c.upper() == a.upper():
                    pos += 1
                    k += 1
                    continue
            return -1
        if kind == 1:
            e = pos
            while e < n and s[e].isspace():
                e += 1
            if e == pos:
                return -1
            k += 1
            if k == ntoks:
                return e
            while e > pos:
                r = _sp_match(toks, k, s, e, n, found)
                if r >= 0:
                    return r
                e -= 1
            return -1
        ends = b(s, pos, n)
        if len(ends) == 1:
            e = ends[0]
            found[a] = s[pos:e]
            pos = e
            k += 1
            continue
        for e in ends:
            found[a] = s[pos:e]
            r = _sp_match(toks, k + 1, s, e, n, found)
            if r >= 0:
                return r
        return -1
    return pos


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _ordinal(y, m, d):
    """The proleptic Gregorian ordinal of a date, checked as datetime.date checks it."""
    if not 1 <= y <= 9999:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    leap = m > 2 and _is_leap(y)
    if not 1 <= d <= (29 if m == 2 and _is_leap(y) else _DAYS_IN_MONTH[m]):
        raise ValueError("day is out of range for month")
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400 + _DAYS_BEFORE_MONTH[m] + leap + d


def _from_ordinal(n):
    """(year, month, day) of an ordinal, checked as datetime.date.fromordinal checks it."""
    if n < 1:
        raise ValueError("ordinal must be >= 1")
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    y = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        y -= 1
        m, d = 12, 31
    else:
        leap = n1 == 3 and (n4 != 24 or n100 == 3)
        m = 12
        while n < _DAYS_BEFORE_MONTH[m] + (leap and m > 2):
            m -= 1
        d = n - _DAYS_BEFORE_MONTH[m] - (leap and m > 2) + 1
    if y > 9999:
        raise ValueError("year %d is out of range" % y)
    return y, m, d


def _strptime_parts(data, fmt):
    """What data says when read with format fmt: the 11 fields of struct_time, then the
    microseconds of %f and those of %z's offset (datetime.strptime's extras)."""
    global _sp_zones
    zones = (tzname, daylight)
    if zones != _sp_zones:
        _sp_cache.clear()
        _sp_zones = zones
    toks = _sp_cache.get(fmt)
    if toks is None:
        toks = _sp_compile(fmt)
        if len(_sp_cache) > 5:
            _sp_cache.clear()
        _sp_cache[fmt] = toks
    found = {}
    end = _sp_match(toks, 0, data, 0, len(data), found)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    monday_first = False
    weekday = julian = None
    for key, val in found.items():
        if key == "Y":
            year = int(val)
        elif key == "m":
            month = int(val)
        elif key == "d":
            day = int(val)
        elif key == "H":
            hour = int(val)
        elif key == "M":
            minute = int(val)
        elif key == "S":
            second = int(val)
        elif key == "y":
            year = int(val)
            year += 2000 if year <= 68 else 1900
        elif key == "G":
            iso_year = int(val)
        elif key == "B":
            month = _SP_MONTHS.index(val.lower())
        elif key == "b":
            month = _SP_NAMES["b"].index(val.lower()) + 1
        elif key == "I":
            hour = int(val)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm" and hour != 12:
                hour += 12
        elif key == "f":
            fraction = int(val + "0" * (6 - len(val)))
        elif key == "A":
            weekday = _SP_DAYS.index(val.lower())
        elif key == "a":
            weekday = _SP_NAMES["a"].index(val.lower())
        elif key == "w":
            weekday = (int(val) + 6) % 7
        elif key == "u":
            weekday = int(val) - 1
        elif key == "j":
            julian = int(val)
        elif key == "U" or key == "W":
            week_of_year = int(val)
            monday_first = key == "W"
        elif key == "V":
            iso_week = int(val)
        elif key == "z":
            gmtoff, gmtoff_fraction = _sp_offset(val)
        elif key == "Z":
            zone = val.lower()
            if zone in ("utc", "gmt", tzname[0].lower()):
                value = 0
            elif daylight and zone == tzname[1].lower():
                value = 1
            else:
                value = -1
            if value >= 0 and not (tzname[0] == tzname[1] and daylight
                                   and zone not in ("utc", "gmt")):
                tz = value

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")

    # Without a year, February 29 is worked out in a leap year (1904) and given year 1900.
    leap_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fix else 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            first = (_ordinal(year, 1, 1) + 6) % 7
            dow = weekday
            if not monday_first:
                first = (first + 1) % 7
                dow = (dow + 1) % 7
            if week_of_year == 0:
                julian = 1 + dow - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + dow
        elif iso_year is not None and iso_week is not None:
            julian = iso_week * 7 + weekday + 1 - ((_ordinal(iso_year, 1, 4) + 6) % 7 + 4)
            year = iso_year
            if julian < 1:
                julian += _ordinal(year, 1, 1)
                year -= 1
                julian -= _ordinal(year, 1, 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365

    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = (_ordinal(year, month, day) + 6) % 7
    if leap_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz, found.get("Z"),
            gmtoff, fraction, gmtoff_fraction)


def _sp_offset(text):
    """The seconds east of UTC a %z text says, and its microseconds (signed alike)."""
    if text == "Z":
        return 0, 0
    z = text
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % text)
            z = z[:5] + z[6:]
    seconds = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
    digits = z[8:]
    micros = int(digits + "0" * (6 - len(digits)))
    return (-seconds, -micros) if z[0] == "-" else (seconds, micros)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    for i, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (i, type(arg)))
    return struct_time(_strptime_parts(data_string, format)[:11])


def strptime(*args, **kwargs):
    """strptime(string, format) -> struct_time: the time that string gives when read
    according to format (by default asctime's, "%a %b %d %H:%M:%S %Y")."""
    if kwargs:
        raise TypeError("strptime() takes no keyword arguments")
    return _strptime_time(*args)
