# Errors when constructing groups and when using except* incorrectly

def show(label, func):
    try:
        r = func()
        print(label, "-> ok:", type(r).__name__, repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ": " + str(e))

show("ExceptionGroup with KeyboardInterrupt", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
show("BaseExceptionGroup with KeyboardInterrupt", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
show("ExceptionGroup with SystemExit nested", lambda: ExceptionGroup("m", [ValueError(), SystemExit(0)]))
show("empty list", lambda: ExceptionGroup("m", []))
show("empty tuple", lambda: ExceptionGroup("m", ()))
show("BaseExceptionGroup empty list", lambda: BaseExceptionGroup("m", []))
show("not a sequence (int)", lambda: ExceptionGroup("m", 5))
show("not a sequence (set)", lambda: ExceptionGroup("m", {ValueError()}))
show("item is not an exception", lambda: ExceptionGroup("m", [ValueError(), "oops"]))
show("item is an exception class", lambda: ExceptionGroup("m", [ValueError]))
show("message not a str", lambda: ExceptionGroup(5, [ValueError()]))
show("missing exceptions argument", lambda: ExceptionGroup("m"))
show("too many arguments", lambda: ExceptionGroup("m", [ValueError()], 3))

print("-- except* with ExceptionGroup types is a TypeError at runtime --")

def catch_eg():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        result = "handled"
    return result

def catch_beg():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* BaseExceptionGroup:
        result = "handled"
    return result

def catch_tuple():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* (ValueError, ExceptionGroup):
        result = "handled"
    return result

def catch_eg_nothing_raised():
    result = "nothing raised"
    try:
        pass
    except* ExceptionGroup:
        result = "handled"
    return result

def catch_not_a_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* 42:
        result = "handled"
    return result

for fn in [catch_eg, catch_beg, catch_tuple, catch_eg_nothing_raised, catch_not_a_type]:
    show(fn.__name__, fn)

print("-- invalid conditions for split and subgroup --")
g = ExceptionGroup("g", [ValueError(1)])
show("split(None)", lambda: g.split(None))
show("subgroup('ValueError')", lambda: g.subgroup("ValueError"))
show("subgroup(int)", lambda: g.subgroup(int))
