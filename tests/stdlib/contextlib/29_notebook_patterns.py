import io
import sys
from contextlib import contextmanager, redirect_stdout, suppress, ExitStack, nullcontext


@contextmanager
def temporary_attr(obj, name, value):
    missing = object()
    old = getattr(obj, name, missing)
    setattr(obj, name, value)
    try:
        yield obj
    finally:
        if old is missing:
            delattr(obj, name)
        else:
            setattr(obj, name, old)


class Config:
    verbose = False


with temporary_attr(Config, "verbose", True):
    print(Config.verbose)
print(Config.verbose)
with temporary_attr(Config, "extra", 1):
    print(Config.extra)
print(hasattr(Config, "extra"))


@contextmanager
def capture():
    buf = io.StringIO()
    with redirect_stdout(buf):
        yield buf


with capture() as out:
    print("hidden", end="")
print("captured:", repr(out.getvalue()))


@contextmanager
def catch_errors(errors):
    try:
        yield
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")


errors = []
for value in ["1", "x", "3", None]:
    with catch_errors(errors):
        print(int(value))
print(errors)


@contextmanager
def indent_printer(level=[0]):
    level[0] += 1
    def p(*a):
        print("  " * level[0] + " ".join(map(str, a)))
    try:
        yield p
    finally:
        level[0] -= 1


with indent_printer() as p:
    p("level one")
    with indent_printer() as q:
        q("level two")
    p("back")


def process(items, verbose=False):
    cm = capture() if not verbose else nullcontext(None)
    with cm as buf:
        for i in items:
            print("item", i)
    return buf.getvalue() if buf is not None else "printed"


print(repr(process([1, 2])))
print(process([3], verbose=True))

# reading numbers, skipping bad lines
total = 0
for line in ["1", "2", "three", "4"]:
    with suppress(ValueError):
        total += int(line)
print(total)


# a context manager used to time-box a block: the yielded dict is filled on exit
@contextmanager
def collect():
    stats = {}
    yield stats
    stats["done"] = True


with collect() as st:
    st["n"] = 3
print(st)
