# The traceback object a context manager's __exit__ receives.
import sys
import traceback


class Watch:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(self.name, "exit clean:", exc, tb)
            return False
        print(self.name, "exit:", exc_type.__name__, exc, type(tb).__name__, tb.tb_lineno)
        print("   tb is exc.__traceback__:", tb is exc.__traceback__)
        print("   frames:", [(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
        print("   exc_info in __exit__:", sys.exc_info()[1] is exc)
        print("   caller frame:", sys._getframe(1).f_code.co_name, tb.tb_frame is sys._getframe(1))
        return self.swallow


def helper():
    raise KeyError("from helper")


with Watch("clean"):
    pass

try:
    with Watch("direct"):
        raise ValueError("direct")
except ValueError as e:
    print("caught", repr(e), "tb lineno", e.__traceback__.tb_lineno)

try:
    with Watch("nested call"):
        x = 1
        helper()
except KeyError as e:
    print("caught", repr(e), [fs.name for fs in traceback.extract_tb(e.__traceback__)])

with Watch("swallowing", swallow=True):
    raise IndexError("swallowed")
print("after swallowing:", sys.exc_info())


def in_function():
    with Watch("in function", swallow=True):
        helper()
    return "returned normally"


print(in_function())

# Two managers in one with statement: the inner one sees the error first.
try:
    with Watch("outer"), Watch("inner"):
        raise TypeError("two managers")
except TypeError:
    print("caught two managers")

# A manager whose __exit__ raises: the new exception's context is the original one.
class Failing:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")


try:
    with Failing():
        raise ValueError("body failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
    print([(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)])
    print([fs.lineno for fs in traceback.extract_tb(e.__context__.__traceback__)])


# Keeping the traceback from __exit__ keeps the failed frame alive.
class Keep:
    kept = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        Keep.kept = tb
        return True


class Noisy:
    def __del__(self):
        print("Noisy deleted")


def body():
    n = Noisy()
    with Keep():
        raise ValueError("kept")
    return "body done"


print(body())
print("kept:", type(Keep.kept).__name__, Keep.kept.tb_frame.f_code.co_name, Keep.kept.tb_lineno)
Keep.kept = None
print("end")
