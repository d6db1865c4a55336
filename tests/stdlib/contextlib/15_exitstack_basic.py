from contextlib import ExitStack, contextmanager

log = []


@contextmanager
def res(name):
    log.append("enter " + name)
    yield name
    log.append("exit " + name)


with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in "abc"]
    log.append(names)
print(log)

# callbacks with arguments run last-in first-out
log.clear()
with ExitStack() as stack:
    stack.callback(log.append, "first")
    stack.callback(log.append, "second")
    stack.callback(lambda *a, **k: log.append((a, k)), 1, 2, key="v")
print(log)

# mixing kinds of registrations
log.clear()
with ExitStack() as stack:
    stack.callback(log.append, "cb1")
    stack.enter_context(res("cm"))
    stack.push(lambda *exc: log.append(("push", exc)))
    stack.callback(log.append, "cb2")
print(log)

# close() unwinds immediately, and the stack is empty afterwards
log.clear()
stack = ExitStack()
stack.callback(log.append, "closed")
stack.close()
print(log)
stack.close()
print(log)

# pop_all moves the callbacks to a new stack
log.clear()
with ExitStack() as stack:
    stack.callback(log.append, "moved")
    kept = stack.pop_all()
print(log, type(kept).__name__)
kept.close()
print(log)

# entering the same ExitStack again
stack = ExitStack()
with stack as s:
    print(s is stack)
    s.callback(log.append, "again")
with stack:
    pass
print(log[-1])

# empty stack
with ExitStack():
    pass
print(ExitStack().__exit__(None, None, None))
print(ExitStack().__exit__(ValueError, ValueError(), None))
print(len(ExitStack()._exit_callbacks))
