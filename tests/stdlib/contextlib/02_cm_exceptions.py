from contextlib import contextmanager


@contextmanager
def handler(catch):
    try:
        yield
    except catch as e:
        print("handled", type(e).__name__, e)
    finally:
        print("finally")


with handler(ValueError):
    raise ValueError("bad value")
print("after 1")

try:
    with handler(ValueError):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with handler((TypeError, ZeroDivisionError)):
    1 / 0
print("after 2")


@contextmanager
def reraiser():
    try:
        yield
    except Exception as e:
        print("saw", repr(e))
        raise


try:
    with reraiser():
        raise IndexError(3)
except IndexError as e:
    print("got back", repr(e), e.__context__)


@contextmanager
def translator():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e


try:
    with translator():
        {}["missing"]
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


@contextmanager
def replacer():
    try:
        yield
    except ValueError:
        raise TypeError("replaced")


try:
    with replacer():
        raise ValueError("orig")
except TypeError as e:
    print(repr(e), repr(e.__context__))

# exception raised before yield: from __enter__
@contextmanager
def fails_early():
    raise OSError("cannot open")
    yield


try:
    with fails_early():
        print("not reached")
except OSError as e:
    print("early", e)

# exception raised after yield on normal exit
@contextmanager
def fails_late():
    yield 1
    raise ArithmeticError("cleanup failed")


try:
    with fails_late() as v:
        print("body", v)
except ArithmeticError as e:
    print("late", e, e.__context__)

# exception in body with a generator raising a different one from finally
@contextmanager
def finally_raises():
    try:
        yield
    finally:
        raise RuntimeError("from finally")


try:
    with finally_raises():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# BaseException subclasses go through too
@contextmanager
def watch():
    try:
        yield
    except BaseException as e:
        print("watch saw", type(e).__name__)
        raise


for exc in (KeyboardInterrupt, SystemExit(3), GeneratorExit):
    try:
        with watch():
            raise exc
    except BaseException as e:
        print("outer got", type(e).__name__, e.args)
