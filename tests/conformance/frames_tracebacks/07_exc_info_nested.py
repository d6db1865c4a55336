# sys.exc_info() and sys.exception() outside, inside and after (nested) handlers.
import sys


def show(label):
    t, v, tb = sys.exc_info()
    cur = sys.exception()
    name = t.__name__ if t is not None else None
    print(label, name, v, tb is not None, cur is v,
          tb is (v.__traceback__ if v is not None else None))


show("outside:")
try:
    raise ValueError("outer")
except ValueError:
    show("outer handler:")
    try:
        raise KeyError("inner")
    except KeyError:
        show("inner handler:")
    show("back in outer:")
show("after both:")

# A function called from a handler sees the exception being handled.
def helper():
    return sys.exc_info()[1]


try:
    raise TypeError("seen by helper")
except TypeError as e:
    print(helper() is e)
print(helper())

# finally while an exception propagates: exc_info is that exception.
try:
    try:
        raise IndexError("propagating")
    finally:
        show("finally:")
except IndexError:
    pass

# finally without an exception.
try:
    pass
finally:
    show("clean finally:")

# An except clause that re-raises: the outer handler sees the new exception,
# and after it sys.exc_info() is empty again.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
except RuntimeError as e:
    show("outer of re-raise:")
    print("context:", repr(e.__context__))
show("end of re-raise:")

# Inside a generator resumed in a handler, the handler's exception is visible.
def gen():
    yield sys.exception()
    yield sys.exception()


g = gen()
print(next(g))
try:
    raise LookupError("while gen runs")
except LookupError:
    print(repr(next(g)))

# The exception stays handled while a nested try without an error runs.
try:
    raise ArithmeticError("kept")
except ArithmeticError:
    try:
        x = 1
    except Exception:
        pass
    show("after inner try:")

# A handled exception inside a function does not leak to the caller.
def swallow():
    try:
        raise OSError("inside")
    except OSError:
        pass
    return sys.exc_info()


print(swallow())
print(sys.exception())
