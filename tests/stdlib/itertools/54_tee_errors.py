import itertools


def t(label, f):
    try:
        print(label, "ok", f())
    except Exception as e:
        print(label, type(e).__name__, e)


t("tee()", lambda: itertools.tee())
t("tee(a, b, c)", lambda: itertools.tee([], 1, 2))
t("tee(1)", lambda: itertools.tee(1))
t("tee(x, -1)", lambda: itertools.tee([1], -1))
t("tee(x, 2.0)", lambda: itertools.tee([1], 2.0))
t("tee(x, '2')", lambda: itertools.tee([1], "2"))
t("tee(x, None)", lambda: itertools.tee([1], None))
t("tee(x, n=2)", lambda: itertools.tee([1], n=2))
t("tee(x, 2**70)", lambda: itertools.tee([1], 2 ** 70))
t("tee(x, True)", lambda: len(itertools.tee([1], True)))
t("_tee()", lambda: type(itertools.tee([])[0])())
t("_tee(1)", lambda: type(itertools.tee([])[0])(1))

def gen():
    yield 1
    yield 2
    raise ValueError("midway")

a, b = itertools.tee(gen())
print(next(a), next(a))
try:
    next(a)
except ValueError as e:
    print("a raised", e)
print("b replays the buffer:", next(b), next(b))
print("b after the generator died:", next(b, "stop"), next(a, "stop"))

class Flaky:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise KeyError("third")
        if self.i > 5:
            raise StopIteration
        return self.i

a, b = itertools.tee(Flaky())
print(next(a), next(a))
try:
    next(a)
except KeyError as e:
    print("a raised KeyError", e)
print("a continues:", list(a))
print("b skips the failed item:", list(b))
