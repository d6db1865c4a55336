# Ends with an uncaught ExceptionGroup (after some handled ones)

def check(values):
    errors = []
    for v in values:
        try:
            if not isinstance(v, int):
                raise TypeError("not an int: %r" % (v,))
            if v < 0:
                raise ValueError("negative: %d" % v)
            print("ok", v)
        except (TypeError, ValueError) as e:
            print("collected", repr(e))
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    check([1, -2, "x"])
except* ValueError as e:
    print("handled values:", repr(e))
except* TypeError as e:
    print("handled types:", repr(e))

print("now raising without handlers")
check([3, -4, None, 5])
print("not reached")
