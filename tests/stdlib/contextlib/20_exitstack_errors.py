from contextlib import ExitStack


class OnlyEnter:
    def __enter__(self):
        print("should not be entered")


class OnlyExit:
    def __exit__(self, *a):
        pass


stack = ExitStack()
for bad in (42, "text", None, OnlyEnter(), OnlyExit(), [1], ExitStack):
    try:
        stack.enter_context(bad)
    except TypeError as e:
        print("TypeError", e)
print(len(stack._exit_callbacks))

# __enter__ defined on the instance only does not count
class Plain:
    pass


p = Plain()
p.__enter__ = lambda: 1
p.__exit__ = lambda *a: None
try:
    stack.enter_context(p)
except TypeError as e:
    print("TypeError", e)

# an __enter__ that fails registers nothing
class FailingEnter:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        print("exit must not run")


try:
    with ExitStack() as s:
        s.enter_context(FailingEnter())
except ValueError as e:
    print("ValueError", e)

# wrong arguments
for call in (lambda: stack.callback(), lambda: stack.push(), lambda: stack.enter_context(),
             lambda: stack.pop_all(1), lambda: stack.close(1), lambda: ExitStack(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# callback's positional-only parameter: 'callback' can be a keyword for the callable
seen = []
with ExitStack() as s:
    s.callback(lambda **kw: seen.append(kw), callback="named", other=1)
print(seen)

# push of a non-callable is accepted, failing only on exit
s = ExitStack()
s.push(5)
try:
    s.close()
except TypeError as e:
    print("TypeError", e)

# a callback with the wrong signature for push
s = ExitStack()
s.push(lambda: None)
try:
    s.close()
except TypeError as e:
    print("TypeError", type(e).__name__)
