"""Cellar's implementation of the `string` module: the ASCII character-class
constants, `capwords`, `$`-substitution with `Template`, and the PEP 3101
`Formatter` class (its format-string parser is written here in Python, since
Cellar has no `_string` module)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re
from collections import ChainMap as _ChainMap

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of `s`; words are split on `sep` (runs of
    whitespace when it is None) and joined back with `sep` (or one space)."""
    joiner = sep or " "
    return joiner.join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------- Template

_no_mapping = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    # ASCII-only identifiers even under IGNORECASE (scoped `a` flag).
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        _compile_template_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        pos = mo.start("invalid")
        before = self.template[:pos]
        # CPython's numbering: lines split as str.splitlines does (a text
        # ending in a newline has no extra empty line); the column is the
        # offset from the start of the last line, or 1 for an empty prefix.
        lines = before.splitlines(keepends=True)
        if not lines:
            line, col = 1, 1
        else:
            line = len(lines)
            col = pos - (len(before) - len(lines[-1]))
        raise ValueError("Invalid placeholder in string: line %d, col %d"
                         % (line, col))

    def substitute(self, mapping=_no_mapping, /, **kws):
        if mapping is _no_mapping:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def replace(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                return str(mapping[name])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", self.pattern)

        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        if mapping is _no_mapping:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)

        def replace(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise ValueError("Unrecognized named group in pattern", self.pattern)

        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """True when the template has no invalid placeholder."""
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None and mo.group("braced") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        """The placeholder names of the template, in first-seen order."""
        found = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                if name not in found:
                    found.append(name)
            elif mo.group("invalid") is None and mo.group("escaped") is None:
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return found


def _compile_template_pattern(cls):
    if "pattern" in cls.__dict__:
        source = cls.pattern
    else:
        delim = _re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or cls.idpattern
        # The text (comments included) is what `Template.pattern.pattern` shows.
        source = (
            "\n            %s(?:\n"
            "              (?P<escaped>%s)  |   # Escape sequence of two delimiters\n"
            "              (?P<named>%s)       |   # delimiter and a Python identifier\n"
            "              {(?P<braced>%s)} |   # delimiter and a braced identifier\n"
            "              (?P<invalid>)             # Other ill-formed delimiter exprs\n"
            "            )\n            " % (delim, delim, ident, braced))
    cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)


_compile_template_pattern(Template)


# --------------------------------------------------------------- Formatter

_MAX_INDEX = 9223372036854775807

# A whole replacement field in its simplest form (no nested '{' in the spec,
# no escaped braces before it); anything else takes the general path.  Each
# character can match only one way, so a failed match costs linear time.
_SIMPLE_FIELD = _re.compile(
    r"([^{}]*)\{((?:[^\[{}:!]|\[[^\]]*\])*)(?:!([^\x00])(?=[:}]))?(?::([^{}]*))?\}")
_NAME_CHARS = _re.compile(r"[^\[{}:!]*")
_NOT_BRACE = _re.compile(r"[^{}]*")
_NOT_DOT_OR_BRACKET = _re.compile(r"[^.\[]*")


def _decimal_value(text):
    """The value of `text` if it is all decimal digits, else None (the empty
    string included); a value past sys.maxsize is an error, as in CPython
    (even when non-digits follow)."""
    if not text or not text[0].isdecimal():
        return None
    if len(text) < 19 and text.isdecimal():
        return int(text)
    value = 0
    for ch in text:
        if not ch.isdecimal():
            return None
        value = value * 10 + int(ch)
        if value > _MAX_INDEX:
            raise ValueError("Too many decimal digits in format string")
    return value


def _field_rest(name, i):
    # Yields (is_attribute, key) for each `.attr` / `[key]` after the first
    # part of a field name; errors surface while iterating, as in CPython.
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            start = i
            i = _NOT_DOT_OR_BRACKET.match(name, i).end()
            key = name[start:i]
            is_attr = True
        elif c == "[":
            end = name.find("]", i)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i:end]
            i = end + 1
            value = _decimal_value(key)
            if value is not None:
                key = value
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if key == "":
            raise ValueError("Empty attribute in format string")
        yield is_attr, key


def _split_field_name(name):
    if not isinstance(name, str):
        raise TypeError("expected str, got %s" % type(name).__name__)
    if "." not in name and "[" not in name:
        value = _decimal_value(name)
        return (name if value is None else value), ()
    i = _NOT_DOT_OR_BRACKET.match(name).end()
    first = name[:i]
    value = _decimal_value(first)
    if value is not None:
        first = value
    return first, _field_rest(name, i)


class formatteriterator:
    """Iterator over (literal_text, field_name, format_spec, conversion)."""

    __module__ = "builtins"     # shown as <class 'formatteriterator'>, as in CPython
    __slots__ = ("_text", "_pos")

    def __init__(self, text):
        if not isinstance(text, str):
            raise TypeError("expected str, got %s" % type(text).__name__)
        self._text = text
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        s = self._text
        pos = self._pos
        if pos >= len(s):
            raise StopIteration
        m = _SIMPLE_FIELD.match(s, pos)
        if m is not None:
            self._pos = m.end()
            literal, field, conversion, spec = m.groups()
            return (literal, field, spec or "", conversion)
        return self._general(s, pos)

    def _general(self, s, pos):
        # Literal text, then either an escaped brace or a field.
        n = len(s)
        j = _NOT_BRACE.match(s, pos).end()
        if j >= n:
            self._pos = n
            return (s[pos:], None, None, None)
        c = s[j]
        k = j + 1
        self._pos = k
        if k >= n:
            raise ValueError("Single '%s' encountered in format string" % c)
        if s[k] == c:
            self._pos = k + 1
            return (s[pos:k], None, None, None)
        if c == "}":
            raise ValueError("Single '}' encountered in format string")
        literal = s[pos:j]

        # The field name runs up to '}', ':' or '!'; '[...]' may hold them.
        i = k
        while True:
            i = _NAME_CHARS.match(s, i).end()
            if i >= n:
                self._pos = n
                raise ValueError("expected '}' before end of string")
            last = s[i]
            i += 1
            if last == "[":
                close = s.find("]", i)
                if close < 0:
                    self._pos = n
                    raise ValueError("expected '}' before end of string")
                i = close
            elif last == "{":
                self._pos = i
                raise ValueError("unexpected '{' in field name")
            else:
                break
        field = s[k:i - 1]
        if last == "}":
            self._pos = i
            return (literal, field, "", None)
        conversion = None
        if last == "!":
            if i >= n:
                self._pos = i
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            if conversion == "\x00":
                conversion = None
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == "}":
                    self._pos = i
                    return (literal, field, "", conversion)
                if c != ":":
                    self._pos = i
                    raise ValueError("expected ':' after conversion specifier")
        # The spec runs to the '}' that balances the field's '{'.
        start = i
        depth = 1
        while True:
            i = _NOT_BRACE.match(s, i).end()
            if i >= n:
                self._pos = n
                raise ValueError("unmatched '{' in format spec")
            if s[i] == "{":
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    self._pos = i + 1
                    return (literal, field, s[start:i], conversion)
            i += 1


_formatter_parser = formatteriterator
del formatteriterator


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic index, or False once a
        # field was numbered explicitly.
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, spec))
        return "".join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec, conversion)."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """Look up `field_name` (like "0.name[3]"); return (object, first key)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
