import sys
from contextlib import ExitStack


def chain(exc):
    out = []
    while exc is not None and len(out) < 8:
        out.append(repr(exc))
        exc = exc.__context__
    return out


def raise_exc(exc):
    raise exc


# while an outer exception is being handled, the callbacks' chain ends at it
try:
    raise NameError("outer")
except NameError:
    try:
        with ExitStack() as stack:
            stack.callback(raise_exc, IndexError(1))
            stack.callback(raise_exc, KeyError(2))
            raise ValueError(3)
    except IndexError as e:
        print(chain(e))
    print(sys.exc_info()[0].__name__)

# close() called from an except block
try:
    raise NameError("handling")
except NameError:
    stack = ExitStack()
    stack.callback(raise_exc, IndexError("i"))
    stack.callback(raise_exc, KeyError("k"))
    try:
        stack.close()
    except IndexError as e:
        print(chain(e))

# a callback that raises an exception which already has its own context
def raise_chained():
    try:
        raise AttributeError("first")
    except AttributeError:
        raise TypeError("second")


try:
    with ExitStack() as stack:
        stack.callback(raise_chained)
        raise ValueError("body")
except TypeError as e:
    print(chain(e))

try:
    with ExitStack() as stack:
        stack.callback(raise_exc, LookupError("low"))
        stack.callback(raise_chained)
except LookupError as e:
    print(chain(e))

# re-raising the exception it was given does not create a cycle
def reraise(t, v, tb):
    raise v


try:
    with ExitStack() as stack:
        stack.push(reraise)
        stack.push(reraise)
        raise ValueError("same")
except ValueError as e:
    print(chain(e))

# a callback that raises the exception another callback raised earlier
saved = KeyError("saved")
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, saved)
        stack.callback(raise_exc, IndexError("mid"))
        stack.callback(raise_exc, saved)
except KeyError as e:
    print(e is saved, chain(e)[:3])
