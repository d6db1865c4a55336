from contextlib import ExitStack, contextmanager

log = []


class Resource:
    def __init__(self, name, fail=False):
        if fail:
            raise OSError("cannot open " + name)
        self.name = name
        log.append("open " + name)

    def close(self):
        log.append("close " + self.name)


def open_all(names, fail_at=None):
    """Open every resource, or none: the ones already opened are closed on failure."""
    with ExitStack() as stack:
        res = []
        for n in names:
            r = Resource(n, fail=(n == fail_at))
            stack.callback(r.close)
            res.append(r)
        # success: keep them open, the caller now owns the callbacks
        return res, stack.pop_all()


res, closer = open_all(["a", "b", "c"])
print([r.name for r in res], log)
closer.close()
print(log)

log.clear()
try:
    open_all(["a", "b", "c"], fail_at="c")
except OSError as e:
    print("OSError", e)
print(log)


# a class that owns an ExitStack for its lifetime
class Session:
    def __init__(self):
        with ExitStack() as stack:
            self.first = stack.enter_context(self._part("first"))
            self.second = stack.enter_context(self._part("second"))
            self._stack = stack.pop_all()

    @contextmanager
    def _part(self, name):
        log.append("start " + name)
        yield name
        log.append("stop " + name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self._stack.__exit__(*exc)


log.clear()
with Session() as s:
    log.append((s.first, s.second))
print(log)

# variable number of context managers
log.clear()
@contextmanager
def numbered(i):
    log.append(("in", i))
    yield i * i
    log.append(("out", i))


with ExitStack() as stack:
    squares = [stack.enter_context(numbered(i)) for i in range(4)]
    log.append(squares)
print(log)

# a subclass of ExitStack: pop_all builds the same type
class Tracking(ExitStack):
    made = 0

    def __init__(self):
        super().__init__()
        Tracking.made += 1


t = Tracking()
t.callback(log.append, "tracked")
moved = t.pop_all()
print(type(moved).__name__, Tracking.made)
log.clear()
moved.close()
t.close()
print(log)

# callbacks that change the stack while it unwinds
log.clear()
stack = ExitStack()
stack.callback(log.append, "bottom")
stack.callback(lambda: stack.callback(log.append, "pushed during unwind"))
stack.close()
print(log)
log.clear()
stack = ExitStack()
stack.callback(log.append, "left behind")
holder = []
stack.callback(lambda: holder.append(stack.pop_all()))
stack.close()
print(log, len(holder[0]._exit_callbacks))
holder[0].close()
print(log)
