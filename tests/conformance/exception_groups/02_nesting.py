# Nested exception groups

inner1 = ExceptionGroup("inner one", [ValueError("v1"), TypeError("t1")])
inner2 = ExceptionGroup("inner two", [KeyError("k2")])
outer = ExceptionGroup("outer", [inner1, OSError("os"), inner2])

print(repr(outer))
print(str(outer))
print("top-level count:", len(outer.exceptions))
print("types:", [type(e).__name__ for e in outer.exceptions])
print("inner1 is stored as-is:", outer.exceptions[0] is inner1)

def leaves(exc):
    if isinstance(exc, BaseExceptionGroup):
        result = []
        for sub in exc.exceptions:
            result.extend(leaves(sub))
        return result
    return [exc]

def show_tree(exc, depth=0):
    pad = "  " * depth
    if isinstance(exc, BaseExceptionGroup):
        print(pad + type(exc).__name__ + " " + repr(exc.message) + " with " + str(len(exc.exceptions)))
        for sub in exc.exceptions:
            show_tree(sub, depth + 1)
    else:
        print(pad + repr(exc))

print("-- leaves --")
print([repr(e) for e in leaves(outer)])
print("-- tree --")
show_tree(outer)

print("-- deep nesting --")
deep = ValueError("bottom")
for level in range(4):
    deep = ExceptionGroup("level %d" % level, [deep])
print(repr(deep))
show_tree(deep)
print("leaf count:", len(leaves(deep)))

print("-- a group may contain the same exception twice --")
shared = IndexError("shared")
dup = ExceptionGroup("dup", [shared, ExceptionGroup("again", [shared])])
print(repr(dup))
print("both leaves identical:", leaves(dup)[0] is leaves(dup)[1])

print("-- BaseExceptionGroup nesting an ExceptionGroup and a BaseException --")
mixed = BaseExceptionGroup("mixed", [inner2, SystemExit(3)])
print(type(mixed).__name__, repr(mixed))
show_tree(mixed)
