# The traceback chain of a caught exception: outermost frame first, one entry per frame.
import sys

def inner(n):
    values = [n, n * 2]
    return values[n]


def middle(n):
    total = 10
    return inner(n) + total


def outer():
    return middle(5)


try:
    outer()
except IndexError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__)
    entries = []
    while tb is not None:
        code = tb.tb_frame.f_code
        entries.append((code.co_name, tb.tb_lineno, code.co_firstlineno))
        print(code.co_name, tb.tb_lineno, code.co_firstlineno, code.co_filename == __file__)
        tb = tb.tb_next
    print(len(entries), [name for name, _, _ in entries])
    # Finished frames remember the line they stopped at; the module frame is still running,
    # so its f_lineno is the line being executed now, not the tb_lineno of the call.
    tb = e.__traceback__
    print("module tb_lineno", tb.tb_lineno, "f_lineno now", tb.tb_frame.f_lineno)
    last = tb.tb_next.tb_next.tb_next
    print("inner f_lineno", last.tb_frame.f_lineno, "tb_lineno", last.tb_lineno)
    print("middle f_lineno", tb.tb_next.tb_next.tb_frame.f_lineno)
    print(last.tb_next is None, tb.tb_frame is sys._getframe(), tb.tb_frame.f_code.co_name)
    print(e.__traceback__ is e.__traceback__)

# A bare raise inside a function: the tb has that function only once.
def thrower():
    raise KeyError("k")


def catcher():
    try:
        thrower()
    except KeyError as err:
        tb = err.__traceback__
        return [(t.tb_frame.f_code.co_name, t.tb_lineno) for t in (tb, tb.tb_next)], tb.tb_next.tb_next


pairs, rest = catcher()
print(pairs, rest)

# An exception that was never raised has no traceback.
fresh = ValueError("never raised")
print(fresh.__traceback__)
