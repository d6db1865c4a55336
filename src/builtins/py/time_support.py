"""The Python half of Cellar's `time` module, run in its namespace: `struct_time` (which the
native `localtime` and `gmtime` return) and the argument handling around the C library calls
`_mktime` and `_strftime`."""


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime(): a 9-tuple with
    named fields, plus tm_zone and tm_gmtoff."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
              "tm_wday", "tm_yday", "tm_isdst")

    def __new__(cls, sequence, dict=None):
        items = tuple(sequence)
        n = len(items)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, items[:9])
        extra = items[9:] + (None,) * (11 - n)
        if dict is not None:
            extra = (dict.get("tm_zone", extra[0]), dict.get("tm_gmtoff", extra[1]))
        self.__dict__["tm_zone"] = extra[0]
        self.__dict__["tm_gmtoff"] = extra[1]
        return self

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        parts = ", ".join("%s=%r" % (n, v) for n, v in zip(self._names, self))
        return "time.struct_time(%s)" % parts

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self.tm_zone, "tm_gmtoff": self.tm_gmtoff}))


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


for _i, _n in enumerate(struct_time._names):
    setattr(struct_time, _n, _field(_i))
del _i, _n
struct_time.__module__ = "time"


def _checked(t, who):
    if isinstance(t, struct_time):
        return tuple(t) + (t.tm_zone, t.tm_gmtoff)
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % who)
    for v in t:
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return t + (None, 0)


def _strftime_fields(t):
    year, mon, mday, hour, minute, sec, wday, yday, isdst = t[:9]
    if mon == 0:
        mon = 1
    elif not 0 <= mon - 1 <= 11:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 0 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    if wday < 0:
        raise ValueError("day of week out of range")
    if yday == 0:
        yday = 1
    elif not 0 <= yday - 1 <= 365:
        raise ValueError("day of year out of range")
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    return (year, mon, mday, hour, minute, sec, wday % 7, yday, isdst) + tuple(t[9:])


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    return _strftime(format, _strftime_fields(_checked(t, "strftime")))


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    return _mktime(_checked(t, "mktime"))


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    if t is None:
        t = localtime()
    f = _strftime_fields(_checked(t, "asctime"))
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[f[6]], _MONTHS[f[1] - 1], f[2], f[3], f[4], f[5], f[0])


def ctime(seconds=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(seconds))


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a time tuple according to a format specification."""
    import datetime
    dt = datetime.datetime.strptime(string, format)
    tt = dt.timetuple()
    return struct_time(tuple(tt)[:9])


def get_clock_info(name):
    """Information on the named clock (implementation, monotonic, adjustable, resolution)."""
    import types
    table = {
        "time": ("clock_gettime(CLOCK_REALTIME)", False, True, 1e-09),
        "monotonic": ("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09),
        "perf_counter": ("clock_gettime(CLOCK_MONOTONIC)", True, False, 1e-09),
        "process_time": ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", True, False, 1e-09),
    }
    if name not in table:
        raise ValueError("unknown clock")
    impl, mono, adj, res = table[name]
    return types.SimpleNamespace(implementation=impl, monotonic=mono, adjustable=adj, resolution=res)
