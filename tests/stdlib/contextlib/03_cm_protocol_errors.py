from contextlib import contextmanager


@contextmanager
def never_yields():
    if False:
        yield
    print("ran without yielding")


try:
    with never_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)


@contextmanager
def yields_twice():
    yield 1
    print("second")
    yield 2
    print("never")


try:
    with yields_twice() as v:
        print("body", v)
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def keeps_yielding():
    while True:
        try:
            yield
        except ValueError:
            print("swallowed, yielding again")
        finally:
            print("finally runs")


try:
    with keeps_yielding():
        raise ValueError
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__))


@contextmanager
def closer_check():
    try:
        yield
        yield
    except GeneratorExit:
        print("closed with GeneratorExit")
        raise


try:
    with closer_check():
        pass
except RuntimeError as e:
    print(e)

# the exception raised by __exit__ when called by hand
cm = yields_twice()
cm.__enter__()
try:
    cm.__exit__(None, None, None)
except RuntimeError as e:
    print("manual:", e)
print(cm.gen.gi_frame)

# a generator that yields again after a thrown exception
cm = keeps_yielding()
cm.__enter__()
print("exit result", cm.__exit__(KeyError, KeyError("x"), None))
cm = keeps_yielding()
cm.__enter__()
try:
    cm.__exit__(ValueError, None, None)
except RuntimeError as e:
    print(e, type(e.__context__))
