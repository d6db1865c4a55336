# A local of a failed function lives as long as its frame is reachable through a traceback.
import sys
import traceback


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def fail(name):
    local = Noisy(name)
    raise ValueError(name)


def plain(name):
    local = Noisy(name)
    return len(name)


print("1: normal return frees the local at once")
plain("a")
print("after plain")

print("2: the except block ends, 'e' is unbound, the local dies")
try:
    fail("b")
except ValueError as e:
    print("in handler", e)
print("after handler")

print("3: del e inside the handler: the handled exception still holds it")
try:
    fail("c")
except ValueError as e:
    del e
    print("after del e, still in handler")
print("after handler")

print("4: an exception saved in a variable keeps the local alive")
saved = None
try:
    fail("d")
except ValueError as e:
    saved = e
print("handler left, saved:", saved)
del saved
print("after del saved")

print("5: the traceback alone keeps it alive")
tb = None
try:
    fail("e")
except ValueError as e:
    tb = e.__traceback__
print("handler left, tb kept")
tb = tb.tb_next
print("still alive through tb.tb_next")
tb = "something else"
print("after reassigning tb")

print("6: only the frame kept")
frame = None
try:
    fail("f")
except ValueError as e:
    frame = e.__traceback__.tb_next.tb_frame
print("frame kept:", frame.f_code.co_name)
frame = None
print("after frame = None")

print("7: clearing __traceback__ on the saved exception")
saved = None
try:
    fail("g")
except ValueError as e:
    saved = e
saved.__traceback__ = None
print("after clearing __traceback__")
del saved

print("8: a handler inside a function, the exception returned")


def catch_and_return(name):
    try:
        fail(name)
    except ValueError as err:
        return err


got = catch_and_return("h")
print("returned", got)
got = None
print("after got = None")

print("9: the tuple from sys.exc_info() keeps it alive past the handler")
try:
    fail("i")
except ValueError:
    info = sys.exc_info()
    print("info type:", info[0].__name__)
print("after handler, info kept")
del info

print("10: traceback.clear_frames clears the finished frames of a chain")
saved = None
try:
    fail("j")
except ValueError as e:
    saved = e
traceback.clear_frames(saved.__traceback__)
print("after clear_frames")
del saved

print("11: frame.clear() on a finished frame drops its locals at once")
saved = None
try:
    fail("k")
except ValueError as e:
    saved = e
saved.__traceback__.tb_next.tb_frame.clear()
print("after clear, exception still held:", saved)
print(saved.__traceback__.tb_next.tb_frame.f_locals)
del saved

print("12: a running frame cannot be cleared")
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(type(e).__name__, e)
print("end")
