from contextlib import contextmanager


@contextmanager
def plain():
    yield


# a StopIteration raised in the body is not swallowed by the generator finishing
try:
    with plain():
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration", e.args)


class MyStop(StopIteration):
    pass


try:
    with plain():
        raise MyStop(7)
except StopIteration as e:
    print(type(e).__name__, e.args)

# next() on an exhausted iterator in the body
try:
    with plain():
        next(iter([]))
except StopIteration as e:
    print("exhausted", repr(e))


@contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        print("generator caught it")


with swallow_stop():
    raise StopIteration
print("suppressed")

# a RuntimeError from the body
try:
    with plain():
        raise RuntimeError("body runtime")
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def wraps_runtime():
    try:
        yield
    except RuntimeError as e:
        raise RuntimeError("wrapped") from e


try:
    with wraps_runtime():
        raise RuntimeError("inner")
except RuntimeError as e:
    print(e, "<-", e.__cause__)


@contextmanager
def reraises_stop():
    try:
        yield
    except StopIteration as e:
        raise StopIteration("different")


try:
    with reraises_stop():
        raise StopIteration("original")
except RuntimeError as e:
    print("converted:", type(e).__name__, e, repr(e.__cause__))


@contextmanager
def ends_with_stop():
    yield
    raise StopIteration("late stop")


try:
    with ends_with_stop():
        pass
except RuntimeError as e:
    print("late:", e, repr(e.__cause__))

# a generator that raises StopIteration itself before yielding
@contextmanager
def stop_first():
    raise StopIteration("nope")
    yield


try:
    with stop_first():
        pass
except RuntimeError as e:
    print("first:", e, repr(e.__cause__))

# StopIteration passed as a class, without instance
cm = plain()
cm.__enter__()
print(cm.__exit__(StopIteration, None, None))
cm = plain()
cm.__enter__()
si = StopIteration("x")
print(cm.__exit__(StopIteration, si, None))
