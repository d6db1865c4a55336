# Re-raising a stored exception, assigning __traceback__ and tb_next, building a traceback.
import sys
import traceback


def names(exc):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(exc.__traceback__)]


def fail():
    raise ValueError("stored")


try:
    fail()
except ValueError as e:
    stored = e
first_tb = stored.__traceback__
print("first:", names(stored))

# Raising the same object again: the new entries go in front of the old traceback.
for attempt in range(3):
    try:
        raise stored
    except ValueError as e:
        print(attempt, e is stored, len(traceback.extract_tb(e.__traceback__)), names(e)[:2])
print("first tb is the tail:", stored.__traceback__.tb_next.tb_next.tb_next is first_tb)


def reraiser(exc):
    raise exc


try:
    reraiser(stored)
except ValueError as e:
    print("via function:", names(e)[:3], len(names(e)))

# Assigning __traceback__ directly.
x = TypeError("x")
x.__traceback__ = first_tb
print(x.__traceback__ is first_tb)
try:
    raise x
except TypeError as e:
    print("raised with a borrowed traceback:", names(e))
x.__traceback__ = None
print(x.__traceback__)
for bad in ("not a traceback", 42, first_tb.tb_frame):
    try:
        x.__traceback__ = bad
    except TypeError as e:
        print("assign", type(bad).__name__, "->", type(e).__name__, e)
try:
    del x.__traceback__
except TypeError as e:
    print("del ->", type(e).__name__, e)
print(x.__traceback__)

# tb_next is writable (3.7+), within limits; tb_frame and tb_lineno are read-only.
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
print("tb_next before:", tb.tb_next.tb_frame.f_code.co_name)
tail = tb.tb_next
tb.tb_next = None
print("tb_next after:", tb.tb_next, len(list(traceback.walk_tb(tb))))
tb.tb_next = tail
print("restored:", [f.f_code.co_name for f, _ in traceback.walk_tb(tb)])
for bad in (tb, "str"):
    try:
        tail.tb_next = bad
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
try:
    del tb.tb_next
except TypeError as err:
    print(type(err).__name__, err)
print(type(tb).__name__, tb.tb_lineno, tail.tb_lineno)
for attr in ("tb_lineno", "tb_frame"):
    try:
        setattr(tb, attr, 1)
    except AttributeError as err:
        print(attr, type(err).__name__)

# Building a traceback by hand from the current frame.
TB = type(tb)
made = TB(None, sys._getframe(), 0, 1234)
print(type(made).__name__, made.tb_lineno, made.tb_next, made.tb_frame is sys._getframe())
err = OSError("hand made")
err.__traceback__ = made
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(err.__traceback__)])
del stored, first_tb, tb, tail, made, err, x
