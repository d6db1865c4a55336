import functools

print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)
print(type(functools.WRAPPER_ASSIGNMENTS).__name__, type(functools.WRAPPER_UPDATES).__name__)

def f(a: int) -> str:
    "doc of f"
    return str(a)

def g():
    pass
functools.update_wrapper(g, f, assigned=(), updated=())
print(g.__name__, g.__doc__, g.__wrapped__ is f)

def h():
    "h doc"
functools.update_wrapper(h, f, assigned=("__name__",))
print(h.__name__, h.__doc__, h.__qualname__)

def k():
    pass
functools.update_wrapper(k, f, assigned=functools.WRAPPER_ASSIGNMENTS + ("extra",))
print(k.__name__, hasattr(k, "extra"))
f.extra = "now present"
functools.update_wrapper(k, f, assigned=functools.WRAPPER_ASSIGNMENTS + ("extra",), updated=())
print(k.extra)

try:
    functools.update_wrapper(k, f, updated=("missing_dict",))
except AttributeError as e:
    print(type(e).__name__, e)
print(f.__annotations__, k.__annotations__)
print(k.__annotations__ is f.__annotations__)
