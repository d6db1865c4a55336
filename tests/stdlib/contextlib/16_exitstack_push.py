from contextlib import ExitStack

log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        log.append(("exit", self.name, t.__name__ if t else None))
        return self.suppress


# push of a context manager object registers its __exit__ without entering it
with ExitStack() as stack:
    cm = CM("pushed")
    print(stack.push(cm) is cm)
print(log)

# push of a plain callable, used as a decorator
log.clear()
with ExitStack() as stack:
    @stack.push
    def on_exit(t, v, tb):
        log.append(("on_exit", t))
    print(on_exit.__name__)
print(log)

# __exit__ is looked up on the type, not on the instance
class InstanceExit:
    pass


log.clear()
ie = InstanceExit()
ie.__exit__ = lambda *a: log.append("instance attr")
ie.__call__ = None
try:
    with ExitStack() as stack:
        stack.push(ie)
except TypeError as e:
    print("TypeError", e)
print(log)

# a suppressing exit callback stops the exception for the ones below it
log.clear()
with ExitStack() as stack:
    stack.push(CM("bottom"))
    stack.push(CM("suppressor", suppress=True))
    stack.push(CM("top"))
    raise ValueError("stop me")
print(log)

log.clear()
with ExitStack() as stack:
    stack.push(lambda t, v, tb: log.append(("sees", t)) or True)
    1 / 0
print(log)

# callback() cannot suppress (its result is ignored)
log.clear()
try:
    with ExitStack() as stack:
        stack.callback(lambda: True)
        raise KeyError("kept")
except KeyError as e:
    print("KeyError", e)

# callback used as a decorator returns the function itself
with ExitStack() as stack:
    @stack.callback
    def bye():
        log.append("bye")
    print(bye.__name__, bye())
print(log)

# the registered wrapper remembers the callback
stack = ExitStack()
stack.callback(print, "x")
is_sync, wrapper = stack._exit_callbacks[0]
print(is_sync, wrapper.__wrapped__ is print, wrapper.__name__)
stack.pop_all()
stack.push(CM("m"))
print(type(stack._exit_callbacks[0][1]).__name__)
