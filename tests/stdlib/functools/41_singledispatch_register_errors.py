import functools

@functools.singledispatch
def fmt(x):
    return str(x)

@fmt.register(int)
def fmt_int(x):
    return f"<{x}>"

# register errors
try:
    fmt.register(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @fmt.register
    def bad(x):
        return x
except TypeError as e:
    print(type(e).__name__, str(e).split(": <")[0])
for ann in (42, len, list[int]):
    def bad2(x):
        return x
    bad2.__annotations__ = {"x": ann}
    try:
        fmt.register(bad2)
    except TypeError as e:
        print(type(e).__name__, e)
# a string annotation is resolved
@fmt.register
def _(x: "complex"):
    return "complex!"
print(fmt(1j), len(fmt.registry))

# register with a union type annotation
@fmt.register
def _(x: list | tuple):
    return "seq" + str(len(x))
print(fmt([1]), fmt((1, 2)), len(fmt.registry))

# singledispatch requires at least one positional argument
try:
    fmt()
except TypeError as e:
    print(type(e).__name__, e)

# the dispatcher keeps the original's metadata
@functools.singledispatch
def documented(x):
    "Original docs."
    return x
print(documented.__name__, documented.__doc__, documented.__qualname__)
print(callable(documented.register), callable(documented.dispatch))
