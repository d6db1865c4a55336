# traceback.format_exception / format_exception_only / print_exception: new and legacy forms.
import sys
import traceback


def clean(lines):
    return "".join(lines).replace(__file__, "FILE")


def a():
    b()


def b():
    c()


def c():
    raise LookupError("no such thing")


try:
    a()
except LookupError as e:
    err = e

single = traceback.format_exception(err)
legacy = traceback.format_exception(type(err), err, err.__traceback__)
print(type(single).__name__, len(single), single == legacy)
print(all(isinstance(x, str) for x in single))
print(clean(single), end="")
for limit in (2, -2, 0, 10, -10):
    print("--- limit", limit)
    print(clean(traceback.format_exception(err, limit=limit)), end="")
print("--- legacy form with limit and no traceback")
print(clean(traceback.format_exception(type(err), err, err.__traceback__, limit=1)), end="")
print(traceback.format_exception(type(err), err, None))
print(traceback.format_exception(err, value=err, tb=None))

print("--- format_exception_only")
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(ValueError("plain")))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(KeyError("quoted")))
print(traceback.format_exception_only(type(None), None))
print(traceback.format_exception_only(ValueError("line one\nline two")))


class Custom(Exception):
    pass


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


print(traceback.format_exception_only(Custom("mine")))
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(Custom()))

print("--- print_exception to sys.stdout")
traceback.print_exception(err, limit=0, file=sys.stdout)
traceback.print_exception(type(err), err, None, file=sys.stdout)
traceback.print_exception(Custom("no traceback at all"), file=sys.stdout)
del err

print("--- notes (3.11)")
noted = ValueError("with notes")
noted.add_note("first note")
noted.add_note("second\nnote")
print(traceback.format_exception_only(noted))
print(noted.__notes__)

print("--- SyntaxError")
se = SyntaxError("invalid syntax", ("prog.py", 3, 5, "x = = 1\n"))
print(traceback.format_exception_only(se))
se2 = SyntaxError("bad thing")
print(traceback.format_exception_only(se2))
se3 = SyntaxError("'(' was never closed", ("snippet.py", 1, 5, "a = (1,\n", 1, 6))
print(traceback.format_exception_only(se3))
