"""Extract, format and print information about Python stack traces.

Cellar's `traceback` module: CPython 3.11's interface, with the formatting done by the
interpreter's own traceback printer (_traceback), so both print the same text.
"""
import sys
from _traceback import (_format_exception, _format_exception_only, _format_tb,
                        _tb_entries, _stack_entries)

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


class FrameSummary:
    """Information about a single frame from a traceback."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._marks = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            return ''
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, as the extract functions return it."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        pairs = list(frame_gen)
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[limit:]
        summary = klass()
        for frame, lineno in pairs:
            code = frame.f_code
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name,
                locals=frame.f_locals if capture_locals else None))
        return summary

    @classmethod
    def from_list(klass, a_list):
        summary = klass()
        for frame in a_list:
            if not isinstance(frame, FrameSummary):
                filename, lineno, name, line = frame
                frame = FrameSummary(filename, lineno, name, line=line)
            summary.append(frame)
        return summary

    def format_frame_summary(self, frame_summary):
        return format_list([frame_summary])[0]

    def format(self):
        return format_list(self)


def _summaries(entries):
    result = []
    for f, n, name, line, marks in entries:
        summary = FrameSummary(f, n, name, line=line)
        summary._marks = marks
        result.append(summary)
    return result


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_tb(tb, limit=None):
    return StackSummary(_summaries(_tb_entries(tb, limit)))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return StackSummary(_summaries(_stack_entries(f, limit)))


_RECURSIVE_CUTOFF = 3


def _repeated(count):
    count -= _RECURSIVE_CUTOFF
    return (f'  [Previous line repeated {count} more '
            f'time{"s" if count > 1 else ""}]\n')


def format_list(extracted_list):
    result = []
    last = None
    count = 0
    for frame in extracted_list:
        filename, lineno, name, line = frame
        key = (filename, lineno, name)
        if last is None or last != key:
            if count > _RECURSIVE_CUTOFF:
                result.append(_repeated(count))
            last = key
            count = 0
        count += 1
        if count > _RECURSIVE_CUTOFF:
            continue
        row = '  File "{}", line {}, in {}\n'.format(filename, lineno, name)
        if line:
            row += '    {}\n'.format(line.strip())
            marks = getattr(frame, '_marks', None)
            if marks:
                row += marks + '\n'
        result.append(row)
    if count > _RECURSIVE_CUTOFF:
        result.append(_repeated(count))
    return result


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in format_list(extracted_list):
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return _format_tb(tb, limit)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__, True
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None, True
    return value, tb, False


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb, own = _parse_value_tb(exc, value, tb)
    return _format_exception(value, tb, own, limit, chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return _format_exception_only(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    value, tb, own = _parse_value_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    for line in _format_exception(value, tb, own, limit, chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class TracebackException:
    """An exception ready for rendering (the parts of CPython's class a notebook uses)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False):
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit)
        self._str = str(exc_value) if exc_value is not None else ''

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from _format_exception_only(self._value)

    def format(self, *, chain=True):
        yield from _format_exception(self._value, self._tb, False, self._limit, chain)
