"""Logging for applications and libraries: loggers, handlers, formatters and filters.

Cellar's implementation of the main module of CPython 3.11's `logging` package (there is no
logging.handlers or logging.config). Cellar runs one thread, so the locks are stand-ins that
do nothing. Where Cellar lacks a service CPython uses (os, threading, time.localtime and
time.strftime), the module uses it when it is there and a small fallback when it is not.
"""
import sys
import time
import io
import traceback
import weakref
from collections.abc import Mapping
from types import GenericAlias

try:
    import os
except ImportError:
    os = None
try:
    import threading
except ImportError:
    threading = None

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'FileHandler', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'captureWarnings', 'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

_startTime = time.time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    """A copy of the mapping from level names to level numbers."""
    return _nameToLevel.copy()


def getLevelName(level):
    """The name of a level number, the number of a level name, or 'Level %s' for neither."""
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    """Give the level number *level* the name *levelName* (both ways)."""
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def currentframe():
    """The frame of the function that called this one."""
    return sys._getframe(1)


# The file this module's code comes from: frames from it are skipped when looking for the
# caller of a logging call. Setting it to None turns that search off.
_srcfile = addLevelName.__code__.co_filename


def _is_internal_frame(frame):
    """Whether *frame* runs this module's code (or the import machinery's)."""
    filename = frame.f_code.co_filename
    return filename == _srcfile or ("importlib" in filename and "_bootstrap" in filename)


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------------------------------------
# Locks. Cellar runs a single thread: the locks are stand-ins with a lock's methods.

class _NoLock:
    """A reentrant lock for a program with one thread: acquiring always succeeds at once."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        pass

    def _at_fork_reinit(self):
        pass


_lock = _NoLock()


def _acquireLock():
    """Take the module's lock (which guards its shared tables)."""
    if _lock:
        _lock.acquire()


def _releaseLock():
    """Give back the module's lock."""
    if _lock:
        _lock.release()


# ---------------------------------------------------------------------------------------------
# What a record needs from os and threading, with what CPython shows when they are missing.

def _fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fspath = getattr(type(path), '__fspath__', None)
    if fspath is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    return fspath(path)


def _basename(path):
    path = _fspath(path)
    return path[path.rfind('/' if isinstance(path, str) else b'/') + 1:]


def _stem(filename):
    """The file name without its extension (as os.path.splitext(filename)[0])."""
    dot = '.' if isinstance(filename, str) else b'.'
    i = filename.rfind(dot)
    if i > 0 and (filename[:1] != dot or filename[:i].lstrip(dot)):
        return filename[:i]
    return filename


def _abspath(path):
    if os is not None:
        return os.path.abspath(path)
    # Without os there is no working directory to join a relative path to: it stays relative.
    sep, cur, up = ('/', '.', '..') if isinstance(path, str) else (b'/', b'.', b'..')
    if not path:
        return cur
    slashes = 0
    if path.startswith(sep):
        slashes = 2 if path.startswith(sep * 2) and not path.startswith(sep * 3) else 1
    parts = []
    for part in path.split(sep):
        if not part or part == cur:
            continue
        if part != up or (not slashes and not parts) or (parts and parts[-1] == up):
            parts.append(part)
        elif parts:
            parts.pop()
    return sep * slashes + sep.join(parts) or cur


if threading is not None:
    def _thread_info():
        return threading.get_ident(), threading.current_thread().name
else:
    def _thread_info():
        # The only thread is the main one; its identifier is a stand-in.
        return 1, 'MainThread'

_getpid = getattr(os, 'getpid', None)


# ---------------------------------------------------------------------------------------------
# Records

# Exact types that are never mappings: a single argument of one of them skips the Mapping check.
_PLAIN_ARGS = (str, int, float, tuple, list)


class LogRecord(object):
    """One logged event: who logged it, where, at what level, and its message and arguments."""

    def __init__(self, name, level, pathname, lineno,
                 msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        # A single non-empty mapping argument is used as the mapping for '%(key)s' formats.
        if (args and len(args) == 1 and type(args[0]) not in _PLAIN_ARGS
                and isinstance(args[0], Mapping) and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        if type(pathname) is str:
            self.filename = filename = pathname[pathname.rfind('/') + 1:]
            self.module = _stem(filename)
        else:
            try:
                self.filename = _basename(pathname)
                self.module = _stem(self.filename)
            except (TypeError, ValueError, AttributeError):
                self.filename = pathname
                self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        if logThreads:
            self.thread, self.threadName = _thread_info()
        else:
            self.thread = None
            self.threadName = None
        if not logMultiprocessing:
            self.processName = None
        else:
            self.processName = 'MainProcess'
            mp = sys.modules.get('multiprocessing')
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        if logProcesses and _getpid is not None:
            self.process = _getpid()
        else:
            self.process = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno,
                                                      self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message: str(msg), %-formatted with args when there are any."""
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    """Make *factory* the callable that builds log records."""
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    """The callable that builds log records."""
    return _logRecordFactory


def makeLogRecord(dict):
    """A record whose attributes are those of *dict* (over an empty record's)."""
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


# ---------------------------------------------------------------------------------------------
# Format styles

def _skip_word(s, i):
    n = len(s)
    while i < n and (s[i].isalnum() or s[i] == '_'):
        i += 1
    return i


def _skip_digits(s, i):
    n = len(s)
    while i < n and s[i].isdecimal():
        i += 1
    return i


def _percent_field_at(s, i):
    """Whether a %(name)... conversion with a valid flags/width/precision/type starts at s[i]."""
    n = len(s)
    j = _skip_word(s, i + 2)
    if j == i + 2 or j >= n or s[j] != ')':
        return False
    j += 1
    while j < n and s[j] in '#0+ -':
        j += 1
    if j < n and s[j] == '*':
        j += 1
    else:
        j = _skip_digits(s, j)
    if j < n and s[j] == '.':
        k = j + 2 if j + 1 < n and s[j + 1] == '*' else _skip_digits(s, j + 1)
        if k > j + 1:
            j = k
    return j < n and s[j] in 'diouxefgcrsaDIOUXEFGCRSA%'


class PercentStyle(object):
    """Formats a record with '%(name)s' fields."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError unless the format has at least one valid field."""
        fmt = self._fmt
        i = fmt.find('%(')
        while i >= 0:
            if _percent_field_at(fmt, i):
                return
            i = fmt.find('%(', i + 1)
        raise ValueError("Invalid format '%s' for '%s' style"
                         % (self._fmt, self.default_format[0]))

    def _format(self, record):
        defaults = self._defaults
        values = defaults | record.__dict__ if defaults else record.__dict__
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


def _format_fields(fmt):
    """Yield (field name, format spec, conversion) for each replacement field of a str.format
    string, in order, raising str.format's ValueError where the string is malformed."""
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c == '}':
            if i < n and fmt[i] == '}':
                i += 1
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            continue
        if i >= n:
            raise ValueError("Single '{' encountered in format string")
        if fmt[i] == '{':
            i += 1
            continue
        start = i
        while i < n:
            c = fmt[i]
            i += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while i < n and fmt[i] != ']':
                    i += 1
            elif c in '}:!':
                break
        else:
            raise ValueError("expected '}' before end of string")
        name = fmt[start:i - 1]
        conversion = None
        if c == '}':
            yield name, '', None
            continue
        if c == '!':
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = fmt[i]
            i += 1
            if i < n:
                c = fmt[i]
                i += 1
                if c == '}':
                    yield name, '', conversion
                    continue
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        depth = 1
        while i < n:
            c = fmt[i]
            i += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
        else:
            raise ValueError("unmatched '{' in format spec")
        yield name, fmt[spec_start:i - 1], conversion


def _valid_field_name(name):
    """Whether *name* is a word followed by any number of .word and [key] parts."""
    if name.endswith('\n'):
        name = name[:-1]
    n = len(name)
    i = _skip_word(name, 0)
    if i == 0:
        return False
    while i < n:
        if name[i] == '.':
            j = _skip_word(name, i + 1)
            if j == i + 1:
                return False
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j <= i + 1:
                return False
            j += 1
        else:
            return False
        i = j
    return True


def _width_at(spec, i):
    """The end of the digits or '{word}' starting at spec[i] (i itself when there is none)."""
    if i < len(spec) and spec[i] == '{':
        j = _skip_word(spec, i + 1)
        if j > i + 1 and j < len(spec) and spec[j] == '}':
            return j + 1
        return i
    return _skip_digits(spec, i)


def _spec_tail_valid(spec, i):
    n = len(spec)
    if i < n and spec[i] in '+ -':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1
    i = _width_at(spec, i)
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        j = _width_at(spec, i + 1)
        if j == i + 1:
            return False
        i = j
    if i < n and spec[i] in 'bcdefgnosx%BCDEFGNOSX':
        i += 1
    return i == n


def _valid_format_spec(spec):
    """Whether *spec* is a format spec that logging accepts for '{' style."""
    if spec.endswith('\n'):
        spec = spec[:-1]
    if len(spec) >= 2 and spec[1] in '<>=^' and spec[0] != '\n' and _spec_tail_valid(spec, 2):
        return True
    if spec and spec[0] in '<>=^' and _spec_tail_valid(spec, 1):
        return True
    return _spec_tail_valid(spec, 0)


class StrFormatStyle(PercentStyle):
    """Formats a record with str.format fields ('{name}')."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        defaults = self._defaults
        values = defaults | record.__dict__ if defaults else record.__dict__
        return self._fmt.format(**values)

    def validate(self):
        """Raise ValueError unless the format's fields are all plain and there is one."""
        fields = False
        try:
            for name, spec, conversion in _format_fields(self._fmt):
                if name:
                    if not _valid_field_name(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    fields = True
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _valid_format_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


_ID_START = frozenset('_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_ID_CHARS = _ID_START | frozenset('0123456789')


def _template_pieces(fmt):
    """Split a string.Template-style format into its pieces, in order: (text, None) for
    literal text, (None, name) for a $name or ${name} field and (None, (line, col)) for a
    '$' that starts neither (string.Template calls it an invalid placeholder)."""
    pieces = []
    n = len(fmt)
    start = i = 0
    while True:
        i = fmt.find('$', i)
        if i < 0:
            break
        if i > start:
            pieces.append((fmt[start:i], None))
        c = fmt[i + 1] if i + 1 < n else ''
        if c == '$':
            pieces.append(('$', None))
            i += 2
        elif c in _ID_START:
            j = i + 2
            while j < n and fmt[j] in _ID_CHARS:
                j += 1
            pieces.append((None, fmt[i + 1:j]))
            i = j
        else:
            j = i + 2
            if c == '{' and j < n and fmt[j] in _ID_START:
                j += 1
                while j < n and fmt[j] in _ID_CHARS:
                    j += 1
            if c == '{' and j > i + 2 and j < n and fmt[j] == '}':
                pieces.append((None, fmt[i + 2:j]))
                i = j + 1
            else:
                lines = fmt[:i + 1].splitlines(keepends=True)
                colno = i + 1 - len(''.join(lines[:-1]))
                pieces.append((None, (len(lines), colno)))
                i += 1
        start = i
    if start < n:
        pieces.append((fmt[start:], None))
    return pieces


class StringTemplateStyle(PercentStyle):
    """Formats a record with string.Template fields ('$name' or '${name}')."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pieces = _template_pieces(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        """Raise ValueError for a bare '$', or when there is no field."""
        fields = False
        for text, field in _template_pieces(self._fmt):
            if field is not None:
                if type(field) is tuple:
                    raise ValueError("invalid format: bare '$' not allowed")
                fields = True
        if not fields:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        defaults = self._defaults
        values = defaults | record.__dict__ if defaults else record.__dict__
        out = []
        for text, field in self._pieces:
            if field is None:
                out.append(text)
            elif type(field) is tuple:
                raise ValueError('Invalid placeholder in string: line %d, col %d' % field)
            else:
                out.append(str(values[field]))
        return ''.join(out)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


# ---------------------------------------------------------------------------------------------
# Times. time.localtime and time.strftime when Cellar's time module has them; otherwise the
# broken-down time is UTC's and a small strftime knows the C locale's directives.

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December')
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _utc_time(secs=None):
    """The 9-tuple of time.gmtime(secs)."""
    if secs is None:
        secs = time.time()
    days, rem = divmod(int(secs // 1), 86400)
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (month <= 2)
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    yday = _DAYS_BEFORE_MONTH[month] + day + (leap and month > 2)
    return (year, month, day, rem // 3600, rem // 60 % 60, rem % 60, (days + 3) % 7, yday, 0)


def _simple_strftime(fmt, t):
    """time.strftime for the C locale and UTC."""
    year, month, day, hour, minute, second, wday, yday = t[:8]
    out = []
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(year))
        elif d == 'm':
            out.append('%02d' % month)
        elif d == 'd':
            out.append('%02d' % day)
        elif d == 'e':
            out.append('%2d' % day)
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'S':
            out.append('%02d' % second)
        elif d == 'y':
            out.append('%02d' % (year % 100))
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'I':
            out.append('%02d' % ((hour + 11) % 12 + 1))
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'a':
            out.append(_DAYS[wday][:3])
        elif d == 'A':
            out.append(_DAYS[wday])
        elif d == 'b':
            out.append(_MONTHS[month - 1][:3])
        elif d == 'B':
            out.append(_MONTHS[month - 1])
        elif d == 'w':
            out.append(str((wday + 1) % 7))
        elif d == 'c':
            out.append(_simple_strftime('%a %b %e %H:%M:%S %Y', t))
        elif d == 'x':
            out.append(_simple_strftime('%m/%d/%y', t))
        elif d == 'X':
            out.append(_simple_strftime('%H:%M:%S', t))
        elif d == 'Z':
            out.append('UTC')
        elif d == 'z':
            out.append('+0000')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


_strftime = getattr(time, 'strftime', None) or _simple_strftime


class Formatter(object):
    """Turns a record into text with a format string of the chosen style ('%', '{' or '$'),
    adding the exception and stack text the record carries."""

    converter = getattr(time, 'localtime', None) or staticmethod(_utc_time)

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def formatTime(self, record, datefmt=None):
        """The record's creation time as text: with *datefmt* when given, else as
        default_time_format followed by the milliseconds (default_msec_format)."""
        ct = self.converter(record.created)
        if datefmt:
            s = _strftime(datefmt, ct)
        else:
            s = _strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        """The traceback text of an exc_info triple, without its final newline."""
        sio = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sio)
        s = sio.getvalue()
        sio.close()
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        """Whether the format shows asctime."""
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        """The text shown for the record's stack_info (here, stack_info itself)."""
        return stack_info

    def format(self, record):
        """The record as text: its message through the format, then any exception and stack."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record by a line formatter, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


# ---------------------------------------------------------------------------------------------
# Filters

class Filter(object):
    """Lets through the records of one logger and its descendants (all records if the name
    is empty)."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer(object):
    """The list of filters that loggers and handlers share."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not (filter in self.filters):
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        """Whether every filter (an object with .filter or a callable) lets *record* pass."""
        for f in self.filters:
            if hasattr(f, 'filter'):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


# ---------------------------------------------------------------------------------------------
# Handlers

_handlers = {}       # handler name -> weak reference to the handler
_handlerList = []    # weak references to every handler, oldest first (for shutdown)


def _removeHandlerRef(wr):
    handlers = _handlerList
    if handlers:
        try:
            handlers.remove(wr)
        except ValueError:
            pass


def _addHandlerRef(handler):
    _handlerList.append(weakref.ref(handler, _removeHandlerRef))


class Handler(Filterer):
    """Sends records somewhere; subclasses say where by defining emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = name
        if name:
            _handlers[name] = weakref.ref(self, lambda wr, name=name: (
                _handlers.pop(name, None) if _handlers.get(name) is wr else None))

    name = property(get_name, set_name)

    def createLock(self):
        """Create the handler's I/O lock."""
        self.lock = _NoLock()

    def _at_fork_reinit(self):
        self.lock._at_fork_reinit()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        """The record as text, by the handler's formatter or the default one."""
        fmt = self.formatter if self.formatter else _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit *record* if the handler's filters let it through; return whether they did."""
        rv = self.filter(record)
        if rv:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        """Release what the handler holds; it leaves the table of named handlers."""
        self._closed = True
        if self._name and self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        """Report on stderr an exception raised while emitting *record* (when
        raiseExceptions is true): the traceback, where the logging call was, and its
        message and arguments."""
        if raiseExceptions and sys.stderr:
            t, v, tb = sys.exc_info()
            try:
                sys.stderr.write('--- Logging error ---\n')
                traceback.print_exception(t, v, tb, None, sys.stderr)
                sys.stderr.write('Call stack:\n')
                frame = tb.tb_frame
                while frame and frame.f_code.co_filename == _srcfile:
                    frame = frame.f_back
                if frame:
                    traceback.print_stack(frame, file=sys.stderr)
                else:
                    sys.stderr.write('Logged from file %s, line %s\n' % (
                                     record.filename, record.lineno))
                try:
                    sys.stderr.write('Message: %r\n'
                                     'Arguments: %s\n' % (record.msg, record.args))
                except RecursionError:
                    raise
                except Exception:
                    sys.stderr.write('Unable to print the message and arguments'
                                     ' - possible formatting error.\nUse the'
                                     ' traceback above to help find the error.\n')
            except OSError:
                pass
            finally:
                del t, v, tb

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record, followed by the terminator, to a stream (default
    sys.stderr). The stream is never closed by the handler."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        self.acquire()
        try:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()
        finally:
            self.release()

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch to *stream*; return the old stream, or None if it is the same one."""
        if stream is self.stream:
            return None
        result = self.stream
        self.acquire()
        try:
            self.flush()
            self.stream = stream
        finally:
            self.release()
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, level)

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """A stream handler that writes to a file it opens (on the first record with delay)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        filename = _fspath(filename)
        self.baseFilename = _abspath(filename)
        self.mode = mode
        self.encoding = encoding
        if "b" not in mode:
            # io.text_encoding: Cellar's text files are always UTF-8.
            self.encoding = encoding if encoding is not None else 'utf-8'
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def close(self):
        """Flush and close the file."""
        self.acquire()
        try:
            try:
                if self.stream:
                    try:
                        self.flush()
                    finally:
                        stream = self.stream
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)
        finally:
            self.release()

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode,
                                  encoding=self.encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None:
            if self.mode != 'w' or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (self.__class__.__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """A stream handler that always writes to the current sys.stderr."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


# ---------------------------------------------------------------------------------------------
# Loggers and their hierarchy

class PlaceHolder(object):
    """Stands in the hierarchy for a dotted name that has descendants but no logger yet."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def _check_logger_class(klass):
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """Make *klass* (a subclass of Logger) the class of the loggers getLogger creates."""
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    """The class of the loggers getLogger creates."""
    return _loggerClass


class Manager(object):
    """Holds the hierarchy of loggers, by dotted name."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        """The logger called *name*, created (and linked into the hierarchy) if needed."""
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        rv = self.loggerDict.get(name)
        if rv is None:
            rv = (self.loggerClass or _loggerClass)(name)
            rv.manager = self
            self.loggerDict[name] = rv
            self._fixupParents(rv)
        elif isinstance(rv, PlaceHolder):
            ph = rv
            rv = (self.loggerClass or _loggerClass)(name)
            rv.manager = self
            self.loggerDict[name] = rv
            self._fixupChildren(ph, rv)
            self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Give *alogger* its nearest existing ancestor as parent, with placeholders for the
        missing names in between."""
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        """Put *alogger* between the placeholder's descendants and their old parents."""
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        """Forget every logger's isEnabledFor answers (after a level change)."""
        for logger in self.loggerDict.values():
            if isinstance(logger, Logger):
                logger._cache.clear()
        self.root._cache.clear()


class Logger(Filterer):
    """A named channel of log events; records go to its handlers and, while propagate is
    true, to those of its ancestors."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        """Log msg % args at DEBUG."""
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        """Log msg % args at INFO."""
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        """Log msg % args at WARNING."""
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        """Log msg % args at ERROR."""
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        """Log msg % args at ERROR, with the exception being handled."""
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        """Log msg % args at CRITICAL."""
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log msg % args at the integer *level*."""
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text or None) of the code that made
        the logging call, *stacklevel* frames out of this module."""
        f = currentframe()
        if f is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                break
            f = next_f
            if not _is_internal_frame(f):
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            with io.StringIO() as sio:
                sio.write("Stack (most recent call last):\n")
                traceback.print_stack(f, file=sio)
                sinfo = sio.getvalue()
                if sinfo[-1] == '\n':
                    sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        """Build a record with the record factory, adding the *extra* attributes."""
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        else:
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        """Pass *record* to the handlers unless the logger is disabled or a filter stops it."""
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if not (hdlr in self.handlers):
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        """Whether this logger or an ancestor it propagates to has a handler."""
        c = self
        while c:
            if c.handlers:
                return True
            if not c.propagate:
                break
            c = c.parent
        return False

    def callHandlers(self, record):
        """Give *record* to the handlers of this logger and of the ancestors it propagates to
        (those whose level it reaches); with none at all, to lastResort."""
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger"
                                 " \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first non-zero level going up from this logger (NOTSET if none)."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        """Whether a record at *level* would be handled (cached until a level changes)."""
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            if self.manager.disable >= level:
                is_enabled = self._cache[level] = False
            else:
                is_enabled = self._cache[level] = (level >= self.getEffectiveLevel())
            return is_enabled

    def getChild(self, suffix):
        """The logger named this logger's name + '.' + *suffix*."""
        if self.root is not self:
            suffix = '.'.join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError('logger cannot be pickled')
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """Wraps a logger to add context (by default, *extra* on every record)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        """The message and keyword arguments to log with (here, extra is set)."""
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        """Log through the wrapped logger, after process()."""
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, logger.name, level)

    __class_getitem__ = classmethod(GenericAlias)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def _deprecated(message):
    """Issue a DeprecationWarning for the caller of the deprecated function (no-op without
    the warnings module)."""
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, 3)


# ---------------------------------------------------------------------------------------------
# Module-level configuration and the root logger's functions

def basicConfig(**kwargs):
    """Give the root logger a handler with a formatter, unless it already has handlers
    (force=True removes and closes them first). Keywords: filename, filemode, stream,
    handlers, format, datefmt, style, level, force, encoding, errors."""
    force = kwargs.pop('force', False)
    encoding = kwargs.pop('encoding', None)
    errors = kwargs.pop('errors', 'backslashreplace')
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be "
                                 "specified together")
        else:
            if "stream" in kwargs or "filename" in kwargs:
                raise ValueError("'stream' or 'filename' should not be "
                                 "specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", 'a')
            if filename:
                if 'b' in mode:
                    errors = None
                elif encoding is None:
                    encoding = 'utf-8'
                h = FileHandler(filename, mode, encoding=encoding, errors=errors)
            else:
                stream = kwargs.pop("stream", None)
                h = StreamHandler(stream)
            handlers = [h]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", '%')
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        fs = kwargs.pop("format", _STYLES[style][1])
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            keys = ', '.join(kwargs.keys())
            raise ValueError('Unrecognised argument(s): %s' % keys)


def getLogger(name=None):
    """The logger called *name* (created if needed); the root logger without a name."""
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    """Log at CRITICAL on the root logger (after basicConfig() if it has no handler)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    """Log at ERROR on the root logger (after basicConfig() if it has no handler)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    """Log at ERROR on the root logger, with the exception being handled."""
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    """Log at WARNING on the root logger (after basicConfig() if it has no handler)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    """Log at INFO on the root logger (after basicConfig() if it has no handler)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    """Log at DEBUG on the root logger (after basicConfig() if it has no handler)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    """Log at *level* on the root logger (after basicConfig() if it has no handler)."""
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at *level* or below, whatever the loggers' levels."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler, newest first (done at exit)."""
    for wr in reversed(handlerList[:]):
        try:
            h = wr()
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


try:
    import atexit
except ImportError:
    pass
else:
    atexit.register(shutdown)


class NullHandler(Handler):
    """A handler that does nothing (for libraries that log but leave output to the app)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


_warnings_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while warnings are captured: log them on 'py.warnings'."""
    import warnings
    if file is not None:
        if _warnings_showwarning is not None:
            _warnings_showwarning(message, category, filename, lineno, file, line)
    else:
        s = warnings.formatwarning(message, category, filename, lineno, line)
        logger = getLogger("py.warnings")
        if not logger.handlers:
            logger.addHandler(NullHandler())
        logger.warning(str(s))


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (capture true) or back to where they went."""
    import warnings
    global _warnings_showwarning
    if capture:
        if _warnings_showwarning is None:
            _warnings_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    else:
        if _warnings_showwarning is not None:
            warnings.showwarning = _warnings_showwarning
            _warnings_showwarning = None
