# Tracebacks through generators, builtins that call back (sorted, map, min), lambdas,
# comprehensions, class bodies and properties. Builtins add no entry of their own.
import traceback


def entries(exc):
    return [(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(exc.__traceback__)]


def trial(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__)
        for entry in entries(e):
            print("   ", entry)


def numbers():
    yield 1
    yield 2
    raise GenFailed("gen failed")


class GenFailed(Exception):
    pass


def use_next():
    g = numbers()
    next(g)
    next(g)
    next(g)


def use_for():
    total = 0
    for n in numbers():
        total += n


def bad_key(x):
    return 1 / (x - 2)


trial("next()", use_next)
trial("for loop", use_for)
trial("sorted key=", lambda: sorted([3, 2, 1], key=bad_key))
trial("map", lambda: list(map(bad_key, [1, 2, 3])))
trial("min key=", lambda: min([5, 2], key=bad_key))
trial("genexpr in sum", lambda: sum(1 / x for x in [1, 0]))
trial("listcomp", lambda: [bad_key(x) for x in range(5)])


def deep_gen():
    yield from numbers()


trial("yield from", lambda: list(deep_gen()))


def gen_with_send():
    received = yield "ready"
    yield 10 // received


def use_send():
    g = gen_with_send()
    next(g)
    g.send(0)


trial("send", use_send)


def use_throw():
    g = numbers()
    next(g)
    g.throw(KeyError("thrown in"))


trial("throw", use_throw)


def make_class():
    class Broken:
        value = 1
        other = undefined_name + value
    return Broken


trial("class body", make_class)


class WithProperty:
    @property
    def area(self):
        return self.width * 2


trial("property", lambda: WithProperty().area)


class Adder:
    def __add__(self, other):
        raise TypeError("no adding")


trial("operator", lambda: Adder() + 1)
trial("getattr builtin", lambda: getattr(WithProperty(), "area"))

# The generator's own frame after the failure: gi_frame is gone once it finished.
g = numbers()
next(g)
next(g)
try:
    next(g)
except GenFailed as e:
    gen_frame = e.__traceback__.tb_next.tb_frame
    print(gen_frame.f_code.co_name, gen_frame.f_lineno, g.gi_frame, g.gi_running)
    del gen_frame
