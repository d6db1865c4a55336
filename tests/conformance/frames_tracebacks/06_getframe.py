# sys._getframe: the running frame, its callers, and the line each is executing.
import sys


def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno


def caller_info():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def outer():
    print("outer sees", where())
    print("called from", caller_info())
    return inner()


def inner():
    chain = []
    f = sys._getframe()
    while f is not None:
        chain.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    return chain


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
print(sys._getframe(0) is sys._getframe())
print(sys._getframe().f_back)


def depth_ok():
    return sys._getframe(2).f_code.co_name


def relay():
    return depth_ok()


print(relay())

# Too deep: ValueError.
for n in (1, 5, 1000):
    try:
        sys._getframe(n)
        print(n, "ok")
    except ValueError as e:
        print(n, type(e).__name__, e)


def deep_from_function():
    try:
        sys._getframe(3)
    except ValueError as e:
        return str(e)
    return "no error"


print(deep_from_function())

# The line number moves as the frame runs.
def lines():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    c = (
        f.f_lineno
    )
    return a, b, c, f.f_code.co_firstlineno


print(lines())

# Lambdas, comprehensions and generator expressions have frames of their own in 3.11.
print((lambda: sys._getframe().f_code.co_name)())
print([sys._getframe().f_code.co_name for _ in range(1)])
print([sys._getframe(1).f_code.co_name for _ in range(1)])
print(list(sys._getframe().f_code.co_name for _ in range(1)))
print({k: sys._getframe().f_code.co_name for k in "a"})


class Body:
    name_in_body = sys._getframe().f_code.co_name
    caller_of_body = sys._getframe(1).f_code.co_name


print(Body.name_in_body, Body.caller_of_body)


def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name


print(list(gen()))
g = gen()
print(next(g), g.gi_frame.f_code.co_name, g.gi_frame.f_lineno)
print(next(g), g.gi_frame.f_lineno)
g.close()
print(g.gi_frame)
