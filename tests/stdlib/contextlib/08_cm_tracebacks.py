import sys
from contextlib import contextmanager


@contextmanager
def passthrough():
    yield


def raiser():
    raise ValueError("deep")


try:
    with passthrough():
        raiser()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)


@contextmanager
def inspects():
    try:
        yield
    except Exception:
        t, v, tb = sys.exc_info()
        print("inside generator:", t.__name__, v, tb is not None)
        raise


try:
    with inspects():
        raise KeyError("seen")
except KeyError as e:
    print("outside", repr(e))
print(sys.exc_info())

# the traceback given to __exit__ becomes the exception's traceback again
cm = passthrough()
cm.__enter__()
try:
    raise IndexError("i")
except IndexError as exc:
    saved = exc.__traceback__
    exc2 = exc
print(cm.__exit__(IndexError, exc2, saved), exc2.__traceback__ is saved)

cm = passthrough()
cm.__enter__()
e3 = TypeError("t")
print(cm.__exit__(TypeError, e3, None), e3.__traceback__)

# context chaining of an exception raised in the generator's handler
@contextmanager
def chain():
    try:
        yield
    except ZeroDivisionError:
        raise OverflowError("during handling")


try:
    with chain():
        1 / 0
except OverflowError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

# exceptions raised inside except blocks around the with statement
try:
    raise NameError("outer")
except NameError:
    try:
        with chain():
            raise ZeroDivisionError("inner")
    except OverflowError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))
