from contextlib import contextmanager

calls = []


@contextmanager
def around(label):
    calls.append("enter " + label)
    try:
        yield label
    finally:
        calls.append("exit " + label)


@around("deco")
def work(a, b=2):
    """work docstring"""
    calls.append(("work", a, b))
    return a + b


print(work(1), work(10, b=5))
print(calls)
print(work.__name__, work.__doc__, work.__wrapped__.__name__)

# the manager made for the decorator is recreated on each call
cm = around("shared")
decorated = cm(lambda: calls.append("lambda"))
calls.clear()
decorated()
decorated()
print(calls)

# exceptions from the decorated function go through the context
@around("err")
def broken():
    raise ValueError("in function")


calls.clear()
try:
    broken()
except ValueError as e:
    print("ValueError", e)
print(calls)


@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        calls.append("swallowed")


@swallow()
def divide(x):
    return 1 / x


calls.clear()
print(divide(4), divide(0), calls)

# the decorator-made manager cannot be re-entered after a with statement used it
cm = around("once")
with cm:
    pass
try:
    cm(lambda: None)()
except AttributeError as e:
    print("AttributeError", e)

# recursion through a decorated function
depth = []


@contextmanager
def level():
    depth.append(len(depth))
    yield
    depth.pop()


@level()
def recurse(n):
    if n:
        return [len(depth)] + recurse(n - 1)
    return [len(depth)]


print(recurse(3), depth)
