from contextlib import suppress, AbstractContextManager

with suppress(ValueError):
    int("x")
print("after ValueError")

with suppress(LookupError):
    {}["k"]
with suppress(LookupError):
    [][3]
print("subclasses suppressed")

with suppress(TypeError, ZeroDivisionError):
    1 / 0
print("tuple ok")

try:
    with suppress(ValueError):
        raise KeyError("not suppressed")
except KeyError as e:
    print("KeyError", e)

try:
    with suppress():
        raise ValueError("nothing suppressed")
except ValueError as e:
    print("ValueError", e)

with suppress(BaseException):
    raise SystemExit(2)
print("SystemExit suppressed")

with suppress(Exception):
    pass
print("nothing raised")

# the statement after the exception is not run
out = []
with suppress(IndexError):
    out.append(1)
    [][0]
    out.append(2)
print(out)

s = suppress(OSError)
print(s.__enter__())
print(s.__exit__(None, None, None))
print(s.__exit__(FileNotFoundError, FileNotFoundError(), None))
print(s.__exit__(KeyError, KeyError(), None))
print(isinstance(s, AbstractContextManager))

# reusable and re-entrant
for i in range(3):
    with s:
        raise OSError(i)
with s:
    with s:
        raise PermissionError
print("reused")

# nested tuples, like issubclass
with suppress((ValueError, (KeyError,))):
    raise KeyError
print("nested tuple")

# bad argument: the error appears only when an exception occurs
bad = suppress("notatype")
with bad:
    pass
try:
    with bad:
        raise ValueError
except TypeError as e:
    print("TypeError", e)

# ExceptionGroup is not unpacked by suppress in 3.11
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1)])
except ExceptionGroup as e:
    print("group escaped", repr(e))
