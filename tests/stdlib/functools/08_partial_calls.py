import functools

def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"

hello = functools.partial(greet, "Hello")
print(hello("Ann"))
print(hello("Bob", punct="?"))
print(hello(name="Cy"))
try:
    hello("Dee", greeting="Hi")
except TypeError as e:
    print(type(e).__name__, e)

named = functools.partial(greet, name="Eve")
print(named("Hi"))
print(named("Hi", name="Fay"))
try:
    named("Hi", "Gus")
except TypeError as e:
    print(type(e).__name__, e)

bang = functools.partial(greet, punct="!!!")
print(bang("Yo", "Hal"))
print(bang("Yo", "Hal", punct="."))

# too many positionals reach the function itself
try:
    functools.partial(greet, "a", "b", "c")("d")
except TypeError as e:
    print(type(e).__name__, e)

# keyword-only parameters
def kwonly(*, a, b=2):
    return a, b
p = functools.partial(kwonly, a=1)
print(p(), p(b=5), p(a=9))

# **kwargs packing
def collect(**kw):
    return list(kw.items())
pc = functools.partial(collect, z=26, a=1)
print(pc(m=13))
print(pc(a=100))
print(pc(**{"z": 0}))

# star-args through a partial
args = (1, 2)
print(functools.partial(lambda *a: a, 0)(*args))
print(sorted(["bb", "a", "ccc"], key=functools.partial(len)))
print(functools.partial(sorted, reverse=True)([3, 1, 2]))
