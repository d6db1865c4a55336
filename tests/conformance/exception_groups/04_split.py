# BaseExceptionGroup.split returns (match, rest)

eg = ExceptionGroup(
    "batch",
    [
        ValueError("a"),
        TypeError("b"),
        ExceptionGroup("sub", [ValueError("c"), OSError("d")]),
        KeyError("e"),
    ],
)
print("original:", repr(eg))

match_, rest = eg.split(ValueError)
print("-- split(ValueError) --")
print("match:", repr(match_))
print("rest: ", repr(rest))

match_, rest = eg.split((TypeError, KeyError))
print("-- split((TypeError, KeyError)) --")
print("match:", repr(match_))
print("rest: ", repr(rest))

match_, rest = eg.split(lambda e: isinstance(e, Exception) and not isinstance(e, ExceptionGroup) and e.args[0] in "ad")
print("-- split(predicate on args) --")
print("match:", repr(match_))
print("rest: ", repr(rest))

print("-- nothing matches: (None, group) --")
m, r = eg.split(ZeroDivisionError)
print("match is None:", m is None)
print("rest:", repr(r))
print("rest has the same message:", r.message == eg.message)

print("-- everything matches: (group, None) --")
m, r = eg.split(Exception)
print("match is the original:", m is eg)
print("rest is None:", r is None)

print("-- split preserves __cause__ and __context__ on both halves --")
cause = RuntimeError("the cause")
ctx = LookupError("the context")
eg2 = ExceptionGroup("with links", [ValueError(1), TypeError(2)])
eg2.__cause__ = cause
eg2.__context__ = ctx
m, r = eg2.split(ValueError)
print("match cause:", repr(m.__cause__), m.__cause__ is cause)
print("rest cause:", repr(r.__cause__), r.__cause__ is cause)
print("match context:", repr(m.__context__), m.__context__ is ctx)
print("rest context:", repr(r.__context__))

print("-- split of a BaseExceptionGroup --")
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v"), SystemExit(1)])
m, r = beg.split(Exception)
print("match:", type(m).__name__, repr(m))
print("rest:", type(r).__name__, repr(r))
m, r = beg.split((KeyboardInterrupt, SystemExit))
print("match:", type(m).__name__, repr(m))
print("rest:", type(r).__name__, repr(r))

print("-- invalid condition --")
for bad in [5, "ValueError", (ValueError, 3)]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(repr(bad), "->", type(e).__name__ + ": " + str(e))
