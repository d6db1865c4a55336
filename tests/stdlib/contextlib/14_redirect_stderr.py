import io
import sys
from contextlib import redirect_stderr, redirect_stdout

err = io.StringIO()
with redirect_stderr(err) as t:
    print("to stderr", file=sys.stderr)
    sys.stderr.write("raw\n")
print(t is err, repr(err.getvalue()))
print(sys.stderr is sys.__stderr__)

out, err = io.StringIO(), io.StringIO()
with redirect_stdout(out), redirect_stderr(err):
    print("out line")
    print("err line", file=sys.stderr)
print(repr(out.getvalue()), repr(err.getvalue()))

# stdout and stderr pointing at the same buffer
both = io.StringIO()
with redirect_stdout(both), redirect_stderr(both):
    print("1")
    print("2", file=sys.stderr)
    print("3")
print(repr(both.getvalue()))

# the redirection covers functions called from the body
def chatty():
    print("chatty talks")
    sys.stderr.write("chatty complains\n")


o, e = io.StringIO(), io.StringIO()
with redirect_stderr(e):
    with redirect_stdout(o):
        chatty()
print(repr(o.getvalue()), repr(e.getvalue()))

# exit with an exception restores stderr and does not suppress
e2 = io.StringIO()
try:
    with redirect_stderr(e2):
        raise KeyError("k")
except KeyError as ex:
    print("KeyError", ex, sys.stderr is sys.__stderr__)
rs = redirect_stderr(e2)
print(rs.__enter__() is e2, sys.stderr is e2)
print(rs.__exit__(None, None, None), sys.stderr is sys.__stderr__)
try:
    rs.__exit__(None, None, None)
except IndexError as ex:
    print("IndexError", ex)
