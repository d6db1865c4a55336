from contextlib import ExitStack


def chain(exc):
    out = []
    while exc is not None:
        out.append(repr(exc))
        exc = exc.__context__
    return out


def raise_exc(exc):
    raise exc


# each callback's exception chains to the one raised before it
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError(3))
        stack.callback(raise_exc, KeyError(2))
        stack.callback(raise_exc, AttributeError(1))
        raise ValueError(0)
except IndexError as e:
    print(chain(e))

# without a body exception
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError("a"))
        stack.callback(raise_exc, KeyError("b"))
except IndexError as e:
    print(chain(e))

# a later callback suppresses what the earlier ones raised
seen = []


def suppress_all(t, v, tb):
    seen.append(repr(v))
    return True


with ExitStack() as stack:
    stack.push(suppress_all)
    stack.callback(raise_exc, KeyError("x"))
    raise ValueError("body")
print(seen)

# callbacks after a suppression see no exception
seen.clear()
with ExitStack() as stack:
    stack.push(lambda t, v, tb: seen.append(t))
    stack.push(suppress_all)
    stack.push(lambda t, v, tb: seen.append(t))
    raise TypeError("t")
print(seen)

# the same chains as the equivalent nested with statements
class Raiser:
    def __init__(self, exc):
        self.exc = exc

    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise self.exc


def nested():
    with Raiser(IndexError(1)):
        with Raiser(KeyError(2)):
            raise ValueError(3)


def stacked():
    with ExitStack() as stack:
        stack.enter_context(Raiser(IndexError(1)))
        stack.enter_context(Raiser(KeyError(2)))
        raise ValueError(3)


for f in (nested, stacked):
    try:
        f()
    except Exception as e:
        print(f.__name__, chain(e))

# an exception raised with an explicit cause in a callback
def with_cause(t, v, tb):
    raise RuntimeError("wrapped") from v


try:
    with ExitStack() as stack:
        stack.push(with_cause)
        raise ZeroDivisionError("z")
except RuntimeError as e:
    print(chain(e), repr(e.__cause__), e.__suppress_context__)
