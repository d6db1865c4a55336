# sys.getrefcount of an object held by a failed frame, and who refers to it (by type only).
import gc
import sys


def fail(obj):
    alias = obj
    raise ValueError("fail")


def referrer_types(x):
    return sorted(type(r).__name__ for r in gc.get_referrers(x))


payload = [1, 2, 3]
print("before:", sys.getrefcount(payload))
try:
    fail(payload)
except ValueError as e:
    print("in handler:", sys.getrefcount(payload))
    frame = e.__traceback__.tb_next.tb_frame
    print("frame kept:", sys.getrefcount(payload))
    print("referrers:", referrer_types(payload))
    loc = frame.f_locals
    print("after f_locals:", sys.getrefcount(payload))
    print("referrers:", referrer_types(payload))
    print("f_locals referrers:", referrer_types(loc))
    del loc
print("handler left, frame still held:", sys.getrefcount(payload))
del frame
print("frame gone:", sys.getrefcount(payload))
print("referrers:", referrer_types(payload))

# The same with the exception kept instead of the frame.
kept = None
try:
    fail(payload)
except ValueError as e:
    kept = e
print("exception kept:", sys.getrefcount(payload))
kept = None
print("exception dropped:", sys.getrefcount(payload))

# A traceback refers to its frame and to the next traceback.
try:
    fail(payload)
except ValueError as e:
    tb = e.__traceback__
    print("tb referents:", sorted(type(r).__name__ for r in gc.get_referents(tb)))
    print("last tb referents:", sorted(type(r).__name__ for r in gc.get_referents(tb.tb_next)))
    print("exception refcount in handler:", sys.getrefcount(e))
    del tb
print("end:", sys.getrefcount(payload))
