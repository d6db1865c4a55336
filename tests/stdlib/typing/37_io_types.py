# IO, TextIO, BinaryIO and the typing.io namespace
import io as _io
import sys as _sys
_sys.stderr = _io.StringIO()  # CPython warns that typing.io/typing.re are deprecated
import io
import typing
from typing import IO, TextIO, BinaryIO, AnyStr

print(IO, IO.__parameters__, IO.__orig_bases__, IO.__bases__, IO.__mro__)
print(TextIO.__parameters__, TextIO.__orig_bases__, TextIO.__mro__)
print(BinaryIO.__parameters__, BinaryIO.__orig_bases__)
print(IO[str], IO[bytes], IO[AnyStr], IO[str] == IO[str])
print(sorted(IO.__abstractmethods__) if hasattr(IO, '__abstractmethods__') else 'plain')
print(sorted(n for n in IO.__dict__ if not n.startswith('_')))
print(sorted(n for n in TextIO.__dict__ if not n.startswith('_')))
print(typing.get_type_hints(BinaryIO.write))
print(isinstance(io.StringIO(), IO), isinstance(io.StringIO(), TextIO))
print(issubclass(TextIO, IO), issubclass(BinaryIO, TextIO))
print(type(IO).__name__, IO.__module__, TextIO.__qualname__)
print(type(IO.mode).__name__, IO.read.__isabstractmethod__)
print(typing.io.__name__, typing.io.__all__)
print(typing.io.IO is IO, typing.io.TextIO is TextIO, typing.io.BinaryIO is BinaryIO)
import sys
print(sys.modules['typing.io'] is typing.io)
try:
    IO[str, bytes]
except TypeError as e:
    print(type(e).__name__, e)
try:
    IO[int]
    print("IO[int] allowed")
except TypeError as e:
    print(type(e).__name__, e)
try:
    TextIO[str]
except TypeError as e:
    print(type(e).__name__, e)
