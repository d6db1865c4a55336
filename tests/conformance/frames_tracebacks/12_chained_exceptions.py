# Chained exceptions in traceback.format_exception: cause, context, from None, chain=False.
import sys
import traceback


def show(exc, **kw):
    text = "".join(traceback.format_exception(exc, **kw))
    print(text.replace(__file__, "FILE"), end="")
    print("=" * 20)


def lookup(table, key):
    return table[key]


def explicit():
    try:
        lookup({}, "k")
    except KeyError as e:
        raise ValueError("bad key") from e


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")


def suppressed():
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None


def cause_without_traceback():
    raise OSError("outer") from IndexError("never raised")


def three_levels():
    try:
        try:
            raise KeyError("one")
        except KeyError as a:
            raise ValueError("two") from a
    except ValueError:
        raise RuntimeError("three")


errors = []
for fn in (explicit, implicit, suppressed, cause_without_traceback, three_levels):
    try:
        fn()
    except Exception as e:
        errors.append(e)
        print(fn.__name__, type(e).__name__, type(e.__cause__).__name__,
              type(e.__context__).__name__, e.__suppress_context__)
print("=" * 20)

for e in errors:
    show(e)
print("--- chain=False")
show(errors[0], chain=False)
show(errors[4], chain=False)
print("--- limit=1 applies to every exception of the chain")
show(errors[4], limit=1)
print("--- print_exception with chain")
out = []


class Collect:
    def write(self, s):
        out.append(s)


traceback.print_exception(errors[1], file=Collect())
print("".join(out).replace(__file__, "FILE"), end="")
print("--- format_exc in a handler of a chained exception")
try:
    explicit()
except ValueError:
    print(traceback.format_exc().replace(__file__, "FILE"), end="")
print("--- a context set by hand, and a cause cleared by hand")
e = errors[0]
e.__cause__ = None
print(e.__suppress_context__, type(e.__context__).__name__)
print(traceback.format_exception(e, limit=0))
e.__suppress_context__ = False
print(traceback.format_exception(e, limit=0))
del e, errors
