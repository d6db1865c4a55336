"""Cellar's `re`: the module-level functions, flags, `error`, the pattern cache and
replacement templates, over the native engine in `_sre` (src/builtins/re/)."""

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

Pattern = _sre.Pattern
Match = _sre.Match


class _FlagType(type):
    def __iter__(cls):
        return iter(cls._members_list)

    def __len__(cls):
        return len(cls._members_list)

    def __repr__(cls):
        return "<flag %r>" % cls.__name__


class RegexFlag(int, metaclass=_FlagType):
    """The flags of a pattern, combinable with `|`; shown as `re.IGNORECASE|re.MULTILINE`."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _split(self):
        value = int(self)
        names = []
        rest = value
        for v, n in _FLAG_ORDER:
            if value & v:
                names.append(n)
                rest &= ~v
        return names, rest

    def __repr__(self):
        value = int(self)
        if value in _FLAG_NAMES:
            return "re." + _FLAG_NAMES[value]
        if value < 0:
            return "~" + repr(RegexFlag(~value))
        names, rest = self._split()
        parts = ["re." + n for n in names]
        if rest or not parts:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        return int.__format__(int(self), spec)

    @property
    def name(self):
        value = int(self)
        if value in _FLAG_NAMES:
            return _FLAG_NAMES[value]
        names, rest = self._split()
        return "|".join(names) if names and not rest else None

    @property
    def value(self):
        return int(self)

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    def __reduce__(self):
        return RegexFlag, (int(self),)


_FLAG_ORDER = [
    (1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"),
    (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII"),
]
_FLAG_NAMES = {v: n for v, n in _FLAG_ORDER}
_FLAG_NAMES[0] = "NOFLAG"
_ALL_FLAGS = 0
RegexFlag._members_list = []
for _v, _n in [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
               (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"), (128, "DEBUG")]:
    _ALL_FLAGS |= _v
    _member = int.__new__(RegexFlag, _v)
    globals()[_n] = _member
    setattr(RegexFlag, _n, _member)
    RegexFlag._members_list.append(_member)
del _v, _n, _member

NOFLAG = RegexFlag(0)
RegexFlag.NOFLAG = NOFLAG
A = ASCII
I = IGNORECASE
L = LOCALE
U = UNICODE
M = MULTILINE
S = DOTALL
X = VERBOSE
T = TEMPLATE


class error(Exception):
    """A pattern or template that is not valid: `msg`, and where (`pattern`, `pos`,
    `lineno`, `colno`) when known."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & TEMPLATE:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated "
                      "as it is an undocumented flag "
                      "without an obvious purpose. "
                      "Don't use it.",
                      DeprecationWarning)
    p = _sre.compile(pattern, flags)
    if type(p) is tuple:
        if p[1] is None:
            raise error(p[0])
        raise error(p[0], pattern, p[1])
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Match the pattern at the start of the string: a Match, or None."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Match the pattern against all of the string: a Match, or None."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Find the first place the pattern matches: a Match, or None."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Replace matches of the pattern (up to count) with repl: a string or a callable."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "As sub, returning (new_string, number_of_replacements)."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the string at matches of the pattern (with the groups' text between pieces)."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Every non-overlapping match: strings, or tuples of groups."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "An iterator of Match objects over every non-overlapping match."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()
    _templates.clear()


def template(pattern, flags=0):
    "Compile a template pattern (deprecated)."
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    "Escape the characters of a string that are special in a pattern."
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")


# ---- replacement templates ------------------------------------------------------------

_templates = {}
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCT = frozenset("01234567")
_DIG = frozenset("0123456789")


class _TemplateReader:
    """Reads a replacement template a token at a time (a character, or a backslash and the
    character after it), knowing positions for error messages."""

    def __init__(self, source):
        self.source = source
        self.text = source if isinstance(source, str) else str(source, "latin1")
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        if i >= len(self.text):
            self.next = None
            return
        c = self.text[i]
        if c == "\\":
            i += 1
            if i >= len(self.text):
                raise error("bad escape (end of pattern)", self.source, len(self.source) - 1)
            c += self.text[i]
        self.index = i + 1
        self.next = c

    def get(self):
        this = self.next
        self._advance()
        return this

    def match(self, c):
        if self.next == c:
            self._advance()
            return True
        return False

    def tell(self):
        return self.index - len(self.next or "")

    def error(self, msg, offset=0):
        if not isinstance(self.source, str):
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, self.source, self.tell() - offset)

    def until(self, terminator, name):
        out = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not out:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(out))
            if c == terminator:
                if not out:
                    raise self.error("missing " + name, 1)
                return out
            out += c


def _parse_template(pattern, repl):
    r = _TemplateReader(repl)
    items = []
    literal = []

    def group(index, offset):
        if index > pattern.groups:
            raise r.error("invalid group reference %d" % index, offset)
        if literal:
            items.append("".join(literal))
            del literal[:]
        items.append(index)

    while True:
        this = r.get()
        if this is None:
            break
        if this[0] != "\\":
            literal.append(this)
            continue
        c = this[1]
        if c == "g":
            if not r.match("<"):
                raise r.error("missing <")
            name = r.until(">", "group name")
            if name.isidentifier():
                try:
                    index = pattern.groupindex[name]
                except KeyError:
                    raise IndexError("unknown group name %r" % name) from None
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise r.error("bad character in group name %r" % name, len(name) + 1) from None
                if index >= _sre.MAXGROUPS:
                    raise r.error("invalid group reference %d" % index, len(name) + 1)
            group(index, len(name) + 1)
        elif c == "0":
            if r.next in _OCT:
                this += r.get()
                if r.next in _OCT:
                    this += r.get()
            literal.append(chr(int(this[1:], 8) & 0xFF))
        elif c in _DIG:
            octal = False
            if r.next in _DIG:
                this += r.get()
                if c in _OCT and this[2] in _OCT and r.next in _OCT:
                    this += r.get()
                    octal = True
                    value = int(this[1:], 8)
                    if value > 0o377:
                        raise r.error("octal escape value %s outside of range 0-0o377" % this, len(this))
                    literal.append(chr(value))
            if not octal:
                group(int(this[1:]), len(this) - 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        else:
            if c.isascii() and c.isalpha():
                raise r.error("bad escape %s" % this, len(this))
            literal.append(this)
    if literal:
        items.append("".join(literal))
    if not isinstance(repl, str):
        items = [i if isinstance(i, int) else i.encode("latin1") for i in items]
    return items


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    try:
        return _templates[key]
    except KeyError:
        pass
    items = _parse_template(pattern, repl)
    if len(_templates) >= _MAXCACHE:
        _templates.clear()
    _templates[key] = items
    return items


# ---- Scanner ----------------------------------------------------------------------------

class Scanner:
    """Splits a string into tokens by a lexicon of (pattern, action) pairs."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = int(flags)
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            sub = _compile(phrase, flags)
            parts.append("(%s)" % phrase)
            self._actions[group] = action
            group += 1 + sub.groups
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]


