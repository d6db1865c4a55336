# Raising new exceptions inside except* handlers

print("-- whole group handled, handler raises: the new exception propagates alone --")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise TypeError("raised in handler")
except TypeError as t:
    print("caught:", type(t).__name__, repr(t))
    print("context is the matched group:", repr(t.__context__))
except ExceptionGroup as g:
    print("caught group:", repr(g))

print("-- part unhandled, handler raises: both are combined in a new group --")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError as e:
        raise TypeError("new")
except ExceptionGroup as g:
    print("caught:", type(g).__name__, repr(g))
    print("message:", repr(g.message))
    new_exc, rest = g.exceptions
    print("first:", repr(new_exc), "context:", repr(new_exc.__context__))
    print("second:", repr(rest))

print("-- two handlers both raise --")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from ValueError handler")
    except* TypeError:
        raise IndexError("from TypeError handler")
except ExceptionGroup as g:
    print("caught:", repr(g))
    for sub in g.exceptions:
        print("  ", repr(sub), "context:", repr(sub.__context__))

print("-- raise ... from inside a handler --")
try:
    try:
        raise ExceptionGroup("eg", [ValueError("root")])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as r:
    print("caught:", repr(r))
    print("cause:", repr(r.__cause__))
    print("suppress context:", r.__suppress_context__)

print("-- raising a new ExceptionGroup from a handler --")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* OSError:
        raise ExceptionGroup("replacement", [ZeroDivisionError("z")])
    except* ValueError:
        print("ValueError handler still runs")
except ExceptionGroup as g:
    print("caught:", repr(g))

print("-- one handler raises, another re-raises with bare raise --")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise LookupError("replacement for TypeError")
except ExceptionGroup as g:
    print("caught:", repr(g))

print("-- handlers that raise do not stop later handlers --")
ran = []
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        ran.append("ValueError handler")
        raise ArithmeticError("a")
    except* TypeError:
        ran.append("TypeError handler")
except ExceptionGroup as g:
    print("caught:", repr(g))
except ArithmeticError as a:
    print("caught plain:", repr(a))
print("ran:", ran)
