import io
import sys
from contextlib import redirect_stdout, AbstractContextManager

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print("second", 2, sep="-")
    sys.stdout.write("direct write\n")
print(target is buf)
print(repr(buf.getvalue()))

# nested redirections restore in order
a, b = io.StringIO(), io.StringIO()
with redirect_stdout(a):
    print("to a")
    with redirect_stdout(b):
        print("to b")
    print("a again")
print(repr(a.getvalue()), repr(b.getvalue()))

# re-entrant: the same object used twice
c = io.StringIO()
r = redirect_stdout(c)
with r:
    print("one")
    with r:
        print("two")
    print("three")
print(repr(c.getvalue()))
print(r._old_targets)

# restored even when the body raises
d = io.StringIO()
try:
    with redirect_stdout(d):
        print("before error")
        raise ValueError("boom")
except ValueError as e:
    print("ValueError", e)
print(repr(d.getvalue()))
print(sys.stdout is sys.__stdout__)

# redirect to None swallows nothing: print ignores a None stdout
with redirect_stdout(None):
    print("lost")
    print(sys.stdout)
print("visible again")

# any object with write() works
class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


col = Collector()
with redirect_stdout(col):
    print("x", "y")
    print()
print(col.parts)
print(isinstance(r, AbstractContextManager), type(r).__mro__[1].__name__)
print(redirect_stdout._stream)
try:
    redirect_stdout()
except TypeError as e:
    print("TypeError", e)
