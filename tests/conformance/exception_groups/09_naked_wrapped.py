# A naked exception raised in a try with except* is wrapped in an ExceptionGroup

try:
    raise ValueError("naked")
except* ValueError as e:
    print("type:", type(e).__name__)
    print("repr:", repr(e))
    print("message:", repr(e.message))
    print("str:", repr(str(e)))
    print("exceptions:", e.exceptions)
    print("leaf type:", type(e.exceptions[0]).__name__)

print("-- wrapping with a base class clause --")
try:
    raise KeyError("k")
except* LookupError as e:
    print("repr:", repr(e))

print("-- the wrapped leaf is the original exception object --")
original = TypeError("orig")
try:
    raise original
except* TypeError as e:
    print("same object:", e.exceptions[0] is original)

print("-- wrapping a naked BaseException --")
try:
    raise KeyboardInterrupt("ki")
except* KeyboardInterrupt as e:
    print("type:", type(e).__name__, "repr:", repr(e))

print("-- an unmatched naked exception propagates unwrapped --")
try:
    try:
        raise ValueError("not wrapped")
    except* TypeError:
        print("TypeError handler (should not run)")
except ValueError as ve:
    print("caught plain ValueError:", repr(ve))
except ExceptionGroup as eg:
    print("caught a group (unexpected):", repr(eg))

print("-- naked exception from a called function --")

def fail(n):
    if n > 2:
        raise IndexError(n)
    return n

for n in [1, 5]:
    try:
        print("fail returned", fail(n))
    except* IndexError as e:
        print("wrapped:", repr(e))

print("-- a naked ExceptionGroup subclass instance is not wrapped again --")
try:
    raise ExceptionGroup("already a group", [ValueError(1)])
except* ValueError as e:
    print("repr:", repr(e))
