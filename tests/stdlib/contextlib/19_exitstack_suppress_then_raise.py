from contextlib import ExitStack


def chain(exc):
    out = []
    while exc is not None and len(out) < 8:
        out.append(repr(exc))
        exc = exc.__context__
    return out


def raise_exc(exc):
    raise exc


def suppress_all(t, v, tb):
    print("suppressing", repr(v))
    return True


# the body's exception is suppressed, then a lower callback raises: the new exception
# propagates and its context is cut from the suppressed one
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, OSError("after suppress"))
        stack.push(suppress_all)
        raise ValueError("v")
except OSError as e:
    print(chain(e))

# the same, after a callback exception was suppressed
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, OSError("lowest"))
        stack.push(suppress_all)
        stack.callback(raise_exc, KeyError("top"))
except OSError as e:
    print(chain(e))

# suppressed without a body exception: __exit__ returns False
stack = ExitStack()
stack.push(suppress_all)
stack.callback(raise_exc, KeyError("k"))
print(stack.__exit__(None, None, None))
stack.push(suppress_all)
print(stack.__exit__(ValueError, ValueError("given"), None))
