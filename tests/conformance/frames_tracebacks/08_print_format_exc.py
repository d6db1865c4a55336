# traceback.print_exc and traceback.format_exc, with the script's path replaced by FILE.
import sys
import traceback


def clean(text):
    return text.replace(__file__, "FILE")


class Collect:
    """A file-like object: print_exc only needs write()."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return "".join(self.parts)


def parse(text):
    return int(text)


def load(items):
    return [parse(t) for t in items]


try:
    load(["1", "2", "x3"])
except ValueError:
    text = traceback.format_exc()
    print(clean(text), end="")
    print("---")
    buf = Collect()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    print("--- limit=1")
    print(clean(traceback.format_exc(limit=1)), end="")
    print("--- limit=-1")
    print(clean(traceback.format_exc(limit=-1)), end="")
    print("--- limit=0")
    print(clean(traceback.format_exc(limit=0)), end="")
    print("--- print_exc(limit=0, file=sys.stdout)")
    traceback.print_exc(limit=0, file=sys.stdout)

print("--- print_exc to sys.stdout, nested in a function")


class CleanStdout:
    """A file-like object: print_exc only needs write()."""

    def __init__(self):
        self.calls = 0

    def write(self, text):
        self.calls += 1
        sys.stdout.write(clean(text))


def report():
    try:
        {}["missing"]
    except KeyError:
        out = CleanStdout()
        traceback.print_exc(file=out)
        print("write calls > 0:", out.calls > 0)


report()

print("--- outside any handler")
print(repr(traceback.format_exc()))
buf = Collect()
traceback.print_exc(file=buf)
print(repr(buf.getvalue()))

print("--- exception with no message, and one with several args")
for exc in (StopIteration(), ValueError("a", 2), KeyError("k"), AssertionError()):
    try:
        raise exc
    except Exception:
        print(traceback.format_exc().splitlines()[-1])

print("--- after a bare raise in a nested handler")
try:
    try:
        assert 1 + 1 == 3, "math"
    except AssertionError:
        raise
except AssertionError:
    print(clean(traceback.format_exc()), end="")
