# BaseExceptionGroup.subgroup with a type, a tuple of types and a predicate

eg = ExceptionGroup(
    "root",
    [
        ValueError(1),
        TypeError(2),
        ExceptionGroup("nested", [ValueError(3), KeyError(4), ExceptionGroup("deepest", [TypeError(5)])]),
        OSError(6),
    ],
)
print("original:", repr(eg))

print("-- by type --")
print("ValueError:", repr(eg.subgroup(ValueError)))
print("TypeError:", repr(eg.subgroup(TypeError)))
print("LookupError (KeyError's base):", repr(eg.subgroup(LookupError)))
print("ZeroDivisionError:", repr(eg.subgroup(ZeroDivisionError)))

print("-- by tuple of types --")
print("(KeyError, OSError):", repr(eg.subgroup((KeyError, OSError))))
print("(ValueError, TypeError):", repr(eg.subgroup((ValueError, TypeError))))

print("-- by predicate --")
print("even args:", repr(eg.subgroup(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] % 2 == 0)))
print("args > 3:", repr(eg.subgroup(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 3)))

print("-- the predicate is also called on the groups themselves --")
seen = []

def spy(e):
    seen.append(repr(e) if not isinstance(e, BaseExceptionGroup) else "group " + repr(e.message))
    return False

print("result:", eg.subgroup(spy))
for s in seen:
    print("  predicate saw", s)

print("-- a predicate matching a nested group keeps that whole group --")
r = eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested")
print(repr(r))

print("-- matching everything returns the group itself --")
print("subgroup(Exception) is eg:", eg.subgroup(Exception) is eg)
print("subgroup(lambda e: True) is eg:", eg.subgroup(lambda e: True) is eg)
print("subgroup(ExceptionGroup) is eg:", eg.subgroup(ExceptionGroup) is eg)

print("-- the result keeps the message and the original leaves --")
sub = eg.subgroup(ValueError)
print("message:", sub.message)
print("first leaf is the original object:", sub.exceptions[0] is eg.exceptions[0])
print("nested message kept:", sub.exceptions[1].message)
print("str:", str(sub))

print("-- the original group is not modified --")
print(repr(eg))
