# BaseException.with_traceback: returns the exception itself with the traceback replaced.
import sys
import traceback


def names(exc):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(exc.__traceback__)]


def fail():
    raise ValueError("first")


try:
    fail()
except ValueError as e:
    first = e
first_tb = first.__traceback__
print("first:", names(first))

fresh = KeyError("fresh")
print(fresh.__traceback__)
print(fresh.with_traceback(first_tb) is fresh, fresh.__traceback__ is first_tb)
try:
    raise fresh
except KeyError as e:
    print("fresh after raise:", names(e))
print("first's traceback untouched:", first.__traceback__ is first_tb, names(first))

try:
    raise first.with_traceback(None)
except ValueError as e:
    print("with_traceback(None):", names(e))
    print(e is first)


# The usual idiom: a new exception that carries the current traceback.
def convert():
    try:
        fail()
    except ValueError:
        raise RuntimeError("converted").with_traceback(sys.exc_info()[2])


try:
    convert()
except RuntimeError as e:
    print("converted:", names(e))
    print("context:", repr(e.__context__))


def convert_from_tb():
    try:
        fail()
    except ValueError as exc:
        raise LookupError("from tb").with_traceback(exc.__traceback__) from None


try:
    convert_from_tb()
except LookupError as e:
    print("from exc.__traceback__:", names(e), e.__suppress_context__)

# with_traceback on a class is an unbound method call.
made = ValueError.with_traceback(ValueError("unbound"), first_tb)
print(type(made).__name__, made.__traceback__ is first_tb)

# Bad arguments.
for bad in ("not a traceback", 42, first_tb.tb_frame):
    try:
        ValueError("x").with_traceback(bad)
    except TypeError as e:
        print("with_traceback", type(bad).__name__, "->", type(e).__name__, e)
try:
    ValueError("x").with_traceback()
except TypeError as e:
    print(type(e).__name__, e)
del first, first_tb, fresh, made
