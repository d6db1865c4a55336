# Pattern, Match, ContextManager and AsyncContextManager exist and have their names
# (only their names and reprs here: the modules behind them are imported on first use)
import io as _io
import sys as _sys
_sys.stderr = _io.StringIO()  # CPython warns that typing.io/typing.re are deprecated
import typing

for name in ('Pattern', 'Match', 'ContextManager', 'AsyncContextManager'):
    alias = getattr(typing, name)
    print(name, repr(alias), alias._name, alias._nparams, type(alias).__name__, alias.__doc__)
print(typing.re.__name__, typing.re.__all__, typing.re.Pattern is typing.Pattern)
print(typing.re.Match is typing.Match)
import sys
print(sys.modules['typing.re'] is typing.re)
