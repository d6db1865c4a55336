"""Issuing, filtering and showing warnings. This is Cellar's implementation of the
`warnings` module, after CPython 3.11's documented API and the behaviour of its C
accelerator (_warnings): warn(), warn_explicit(), the filters list and its actions, the
per-module __warningregistry__ (reset whenever the filters change), showwarning() /
formatwarning() and catch_warnings.
"""

import sys
from operator import index as _index

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# Each filter is (action, message regex or None, category, module regex or None, lineno).
# A plain str in a regex position (as in the first default filter) must match exactly.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
_defaultaction = defaultaction = "default"
_onceregistry = onceregistry = {}
# Bumped on every change to the filters; a registry made under another version is stale.
_filters_version = 0
_SSIZE_LIMIT = 1 << 63


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---- showing and formatting

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (default sys.stderr). Replace it to redirect warnings."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The standard text of a warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                              None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            line = _getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        # No allocation tracing here, so no traceback of where source was made.
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Show a WarningMessage, through a replaced showwarning() if there is one."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a "
                                "function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """Format a WarningMessage, through a replaced formatwarning() if there is one."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---- source lines (what linecache.getline gives)

_source_lines = {}


def _getlines(filename):
    lines = _source_lines.get(filename)
    if lines is not None:
        return lines
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    candidates = [filename]
    if not filename.startswith('/'):
        candidates += [d + '/' + filename if d else filename
                       for d in sys.path if isinstance(d, str)]
    for path in candidates:
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except (OSError, UnicodeDecodeError):
            continue
        if text.startswith('\ufeff'):
            text = text[1:]
        lines = text.splitlines(True)
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        _source_lines[filename] = lines
        return lines
    return []


def _getline(filename, lineno):
    lines = _getlines(filename)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


# ---- the filters

def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter (at the front, or the end with append) matching the message and
    module regexes, a category and a line number (0: any)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    if message or module:
        import re
        message = re.compile(message, re.I) if message else None
        module = re.compile(module) if module else None
    else:
        message = module = None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter for any message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An equal filter already present moves to the front (or stays, for append).
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter."""
    filters[:] = []
    _filters_mutated()


# ---- -W options

class _OptionError(Exception):
    """A bad -W option."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [''] * (5 - len(parts))
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for a in ('default', 'always', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        modname, _, klass = category.rpartition('.')
        try:
            m = __import__(modname, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(cat, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# ---- issuing warnings

def _is_internal_frame(frame):
    """Whether a frame belongs to the import machinery (skipped by stacklevel)."""
    filename = frame.f_code.co_filename
    return 'importlib' in filename and '_bootstrap' in filename


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: shown, ignored or raised as the filters decide. stacklevel picks
    the frame it is reported against (1: the caller of warn())."""
    if isinstance(message, Warning):
        category = message.__class__
    elif category is None:
        category = UserWarning
    try:
        ok = issubclass(category, Warning)
    except TypeError:
        ok = False
    if not ok:
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    level = stacklevel if type(stacklevel) is int else _index(stacklevel)
    if not -_SSIZE_LIMIT <= level < _SSIZE_LIMIT:
        raise OverflowError("Python int too large to convert to C ssize_t")
    frame = sys._getframe(1)
    if level <= 0 or _is_internal_frame(frame):
        while level > 1 and frame is not None:
            frame = frame.f_back
            level -= 1
    else:
        while level > 1 and frame is not None:
            frame = _next_external_frame(frame)
            level -= 1
    if frame is None:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    try:
        registry = globals['__warningregistry__']
    except KeyError:
        registry = globals['__warningregistry__'] = {}
    module = globals.get('__name__', "<string>")
    if module is not None and not isinstance(module, str):
        module = "<string>"
    _warn_explicit(message, category, filename, lineno, module, registry, source)


_NO_MODULE = object()


def warn_explicit(message, category, filename, lineno, module=_NO_MODULE,
                  registry=None, module_globals=None, source=None):
    """Issue a warning with its location given explicitly. Without module, the
    module name comes from filename; module=None drops the warning."""
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, not %s"
                        % type(filename).__name__)
    lineno = _c_int(lineno)
    if module_globals is not None:
        if not isinstance(module_globals, dict):
            raise TypeError("module_globals must be a dict, not '%.200s'"
                            % type(module_globals).__name__)
        _loader_source_line(module_globals, lineno)
    if module is _NO_MODULE:
        if not filename:
            module = "<unknown>"
        elif filename.endswith(".py"):
            module = filename[:-3]
        else:
            module = filename
    _warn_explicit(message, category, filename, lineno, module, registry, source)


def _c_int(value):
    """An int argument as C's "i" format takes it."""
    if type(value) is not int:
        if isinstance(value, float) or not hasattr(type(value), '__index__'):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__)
        value = value.__index__()
    if value > 2147483647:
        raise OverflowError("signed integer is greater than maximum")
    if value < -2147483648:
        raise OverflowError("signed integer is less than minimum")
    return value


def _loader_source_line(module_globals, lineno):
    # The source line a module's loader gives is looked up (its errors propagate), but
    # the Python-level display reads the line from the file itself.
    loader = module_globals.get('__loader__')
    if loader is None or '__name__' not in module_globals:
        return
    get_source = getattr(loader, 'get_source', None)
    if get_source is not None:
        get_source(module_globals['__name__'])


def _already_warned(registry, key, should_set):
    version = registry.get('version')
    if type(version) is not int or version != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        if not isinstance(text, str):
            raise TypeError("Can't compare str and %s" % type(text).__name__)
        return pattern == text
    return bool(pattern.match(text))


def _find_action(category, text, lineno, module):
    """The action of the first filter matching, and the filter (None for the default)."""
    flist = filters
    if not isinstance(flist, list):
        raise ValueError("_warnings.filters must be a list")
    i = 0
    while i < len(flist):
        item = flist[i]
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%.200s'"
                            % type(action).__name__)
        good_msg = _matches(msg, text)
        good_mod = _matches(mod, module)
        is_subclass = issubclass(category, cat)
        if not isinstance(ln, int):
            raise TypeError("an integer is required")
        if good_msg and is_subclass and good_mod and (ln == 0 or lineno == ln):
            return action, item
        i += 1
    action = defaultaction
    if not isinstance(action, str):
        raise TypeError("_warnings.defaultaction must be a string, not '%.200s'"
                        % type(action).__name__)
    return action, None


def _warn_explicit(message, category, filename, lineno, module, registry, source):
    if module is None:
        return
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    action, item = _find_action(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if registry is None:
                registry = onceregistry
                if not isinstance(registry, dict):
                    raise TypeError("_warnings.onceregistry must be a dict, not '%.200s'"
                                    % type(registry).__name__)
            if _already_warned(registry, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    names = globals()
    show = names.get('_showwarnmsg')
    if show is None:
        _write_plain(message, category, filename, lineno)
        return
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    message_class = names.get('WarningMessage')
    if message_class is None:
        raise RuntimeError("unable to get warnings.WarningMessage")
    show(message_class(message, category, filename, lineno, None, None, source))


def _write_plain(text, category, filename, lineno):
    # The bare display used when _showwarnmsg has been deleted.
    err = sys.stderr
    if err is None:
        return
    s = "%s:%d: %s: %s\n" % (filename, lineno, category.__name__, text)
    line = _getline(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    try:
        err.write(s)
    except Exception:
        pass


class WarningMessage(object):
    """One warning as showwarning() receives it (what catch_warnings(record=True)
    collects)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Save the filters and showwarning() on entry and restore them on exit. With
    record=True, entering returns a list that collects the WarningMessage of each
    warning shown meanwhile. action (with category, lineno, append) adds a
    simplefilter() on entry."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            # The default showwarning makes _showwarnmsg reach _showwarnmsg_impl.
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove,
                _version=getattr(sys, 'version_info', (3, 11, 7, 'final', 0))):
    """Warn that name is deprecated; a RuntimeError once the removal version has come."""
    remove_formatted = f"{remove[0]}.{remove[1]}"
    if (tuple(_version[:2]) > remove
            or (tuple(_version[:2]) == remove and _version[3] != "alpha")):
        raise RuntimeError(f"{name!r} was slated for removal after Python "
                           f"{remove_formatted} alpha")
    warn(message.format(name=name, remove=remove_formatted), DeprecationWarning,
         stacklevel=3)


_processoptions(getattr(sys, 'warnoptions', ()))
