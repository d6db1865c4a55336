# Multiple except* clauses: ordering, tuples, else and finally

def run(group):
    print("raising", repr(group))
    try:
        raise group
    except* ValueError as e:
        print("  clause 1 (ValueError):", repr(e))
    except* (TypeError, KeyError) as e:
        print("  clause 2 (TypeError, KeyError):", repr(e))
    except* LookupError as e:
        print("  clause 3 (LookupError):", repr(e))
    except* Exception as e:
        print("  clause 4 (Exception):", repr(e))
    else:
        print("  else (not expected)")
    finally:
        print("  finally")

run(ExceptionGroup("a", [ValueError(1), TypeError(2), IndexError(3), OSError(4), KeyError(5)]))
run(ExceptionGroup("b", [IndexError(1)]))
run(ExceptionGroup("c", [KeyError(1), ExceptionGroup("n", [ValueError(2), RuntimeError(3)])]))

print("-- an exception is handled by the first matching clause only --")
try:
    raise ExceptionGroup("first wins", [KeyError("k")])
except* LookupError as e:
    print("LookupError clause:", repr(e))
except* KeyError as e:
    print("KeyError clause (should not run):", repr(e))

print("-- clauses that match nothing are skipped --")
try:
    raise ExceptionGroup("skip", [OSError("o")])
except* ValueError:
    print("ValueError clause (should not run)")
except* OSError as e:
    print("OSError clause:", repr(e))

print("-- else runs when nothing is raised --")
try:
    print("body ran without error")
except* ValueError:
    print("handler (should not run)")
else:
    print("else ran")
finally:
    print("finally ran")

print("-- handlers run in clause order, not leaf order --")
order = []
try:
    raise ExceptionGroup("order", [TypeError("t"), ValueError("v"), TypeError("t2")])
except* ValueError as e:
    order.append("ValueError %d" % len(e.exceptions))
except* TypeError as e:
    order.append("TypeError %d" % len(e.exceptions))
print(order)
