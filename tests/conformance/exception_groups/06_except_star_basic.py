# except* basics: the handler sees the matched subgroup

try:
    raise ExceptionGroup("eg", [ValueError("v1"), ValueError("v2")])
except* ValueError as e:
    print("caught type:", type(e).__name__)
    print("caught repr:", repr(e))
    print("caught exceptions:", e.exceptions)
    print("caught message:", e.message)

print("-- handler runs once for all matching leaves --")
count = 0
try:
    raise ExceptionGroup("three", [KeyError(1), KeyError(2), KeyError(3)])
except* KeyError as e:
    count += 1
    print("KeyError handler, leaves:", [x.args[0] for x in e.exceptions])
print("handler ran", count, "time(s)")

print("-- matched subgroup keeps nesting --")
try:
    raise ExceptionGroup(
        "outer",
        [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)]), TypeError(4)],
    )
except* ValueError as e:
    print("ValueError part:", repr(e))
except* TypeError as e:
    print("TypeError part:", repr(e))

print("-- base classes match subclasses --")
try:
    raise ExceptionGroup("lookups", [KeyError("k"), IndexError("i"), ValueError("v")])
except* LookupError as e:
    print("LookupError part:", repr(e))
except* Exception as e:
    print("Exception part:", repr(e))

print("-- except* without a name --")
try:
    raise ExceptionGroup("quiet", [OSError("o")])
except* OSError:
    print("OSError handled anonymously")

print("-- the name is unbound after the handler --")
try:
    raise ExceptionGroup("scoped", [ValueError(0)])
except* ValueError as err:
    print("inside:", repr(err))
try:
    err
    print("err still bound (unexpected)")
except NameError as ne:
    print("NameError:", ne)

print("-- a fully handled group does not propagate --")

def handled():
    try:
        raise ExceptionGroup("all handled", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  handled ValueError")
    except* TypeError:
        print("  handled TypeError")
    return "returned normally"

print(handled())
