import functools

for bad in (None, 1, "str", [1], (max,)):
    try:
        functools.partial(bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__, e)
try:
    functools.partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.partial(func=max)
except TypeError as e:
    print(type(e).__name__, e)

# keyword names that look like the attributes are allowed
p = functools.partial(dict, func=1, args=2, keywords=3)
print(p())
print(p.keywords)

# errors raised inside the wrapped function propagate unchanged
def boom(x):
    raise ValueError(f"bad {x}")
pb = functools.partial(boom, 42)
try:
    pb()
except ValueError as e:
    print(type(e).__name__, e)

# calling with the wrong number of arguments
try:
    functools.partial(len, "a")("b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.partial(int, base=2)("12")
except ValueError as e:
    print(type(e).__name__, e)

# no __get__: not a method
print(hasattr(functools.partial(max), "__get__"))

# setstate validation
p = functools.partial(max, 1)
try:
    p.__setstate__((max,))
except TypeError as e:
    print(type(e).__name__, e)
p.__setstate__((min, (5, 3), {}, None))
print(p(), p.args, p.keywords)
print(p.__reduce__()[0] is functools.partial, p.__reduce__()[1][0] is min)
