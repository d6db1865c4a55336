# except* clauses that match nothing: the group propagates unchanged

group = ExceptionGroup("only types", [TypeError(1), TypeError(2)])
try:
    try:
        raise group
    except* ValueError as e:
        print("ValueError handler (should not run):", repr(e))
    else:
        print("else (should not run)")
    finally:
        print("finally runs")
except ExceptionGroup as out:
    print("propagated:", repr(out))
    print("leaves are the original objects:", [a is b for a, b in zip(out.exceptions, group.exceptions)])
    print("message kept:", out.message)

print("-- several non-matching clauses --")
g2 = ExceptionGroup("keys", [KeyError("a")])
try:
    try:
        raise g2
    except* ValueError:
        print("no")
    except* (TypeError, OSError):
        print("no")
    except* ArithmeticError:
        print("no")
except* KeyError as e:
    print("outer except* caught:", repr(e))

print("-- non-matching naked exception passes through plain except too --")

def f():
    try:
        raise ZeroDivisionError("zero")
    except* ValueError:
        print("no")

try:
    f()
except ZeroDivisionError as z:
    print("caught:", type(z).__name__, repr(z))

print("-- a subgroup nested inside, still unmatched --")
nested = ExceptionGroup("outer", [ExceptionGroup("inner", [OSError("o1")]), OSError("o2")])
try:
    try:
        raise nested
    except* TypeError:
        print("no")
except ExceptionGroup as out:
    print("propagated:", repr(out))
    print("inner leaf is the original object:", out.exceptions[0].exceptions[0] is nested.exceptions[0].exceptions[0])

print("-- matching a subclass does not catch the base class --")
try:
    try:
        raise ExceptionGroup("base", [LookupError("l")])
    except* KeyError:
        print("no")
except* LookupError as e:
    print("outer caught:", repr(e))
