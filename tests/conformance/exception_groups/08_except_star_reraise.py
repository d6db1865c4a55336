# Unmatched parts of a group propagate after except* handlers run

def partial():
    try:
        raise ExceptionGroup("mixed", [ValueError("v"), TypeError("t"), OSError("o")])
    except* ValueError as e:
        print("  handled:", repr(e))

try:
    partial()
except ExceptionGroup as rest:
    print("propagated:", repr(rest))
    print("str:", str(rest))
    print("exceptions:", rest.exceptions)

print("-- nested structure of the unhandled part is preserved --")
try:
    try:
        raise ExceptionGroup(
            "outer",
            [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)],
        )
    except* ValueError as e:
        print("  handled:", repr(e))
except ExceptionGroup as rest:
    print("propagated:", repr(rest))

print("-- two layers of except* --")
try:
    try:
        try:
            raise ExceptionGroup("layers", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError as e:
            print("  inner handled:", repr(e))
    except* TypeError as e:
        print("  middle handled:", repr(e))
except* KeyError as e:
    print("  outer handled:", repr(e))
print("all layers done")

print("-- bare raise inside except* re-raises the matched part --")
try:
    try:
        raise ExceptionGroup("again", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("  re-raising:", repr(e))
        raise
except ExceptionGroup as out:
    print("propagated:", repr(out))
    print("leaves:", [repr(x) for x in out.exceptions])

print("-- bare raise of everything, caught by plain except --")
try:
    try:
        raise ExceptionGroup("all back", [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as out:
    print("propagated:", repr(out))

print("-- the unhandled part can be caught by a later except* --")
caught = []
for i in range(2):
    try:
        try:
            raise ExceptionGroup("loop %d" % i, [ValueError(i), OSError(i)])
        except* ValueError:
            caught.append("ValueError %d" % i)
    except* OSError as e:
        caught.append("OSError %d from %s" % (i, e.message))
print(caught)
