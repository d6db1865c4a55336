import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, len(args), sorted(kwargs))
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a: int, b: int = 0) -> int:
    """Add two numbers."""
    return a + b

print(add(1, b=2))
print(add.__name__, add.__qualname__, add.__module__)
print(add.__doc__)
print(add.__annotations__)
print(add.__wrapped__(3, 4))
print(add.__wrapped__.__name__, add.__wrapped__ is not add)

class Outer:
    @logged
    def method(self):
        "A method."
        return "m"
print(Outer.method.__qualname__, Outer().method())

# without wraps the wrapper keeps its own identity
def bare(func):
    def wrapper(*a):
        return func(*a)
    return wrapper
@bare
def named():
    "doc"
print(named.__name__, named.__qualname__, named.__doc__, hasattr(named, "__wrapped__"))
# wraps is itself a partial of update_wrapper
w = functools.wraps(add)
print(type(w).__name__, w.func is functools.update_wrapper)
print(sorted(w.keywords))
# stacking: __wrapped__ points one level down
@logged
@logged
def twice(x):
    "twice doc"
    return x
print(twice.__name__, twice.__doc__)
print(twice.__wrapped__.__wrapped__.__name__, twice.__wrapped__ is not twice.__wrapped__.__wrapped__)
print(twice(9))
# custom assigned/updated
def meta(func):
    @functools.wraps(func, assigned=("__doc__",), updated=())
    def inner():
        return func()
    return inner
@meta
def orig():
    "orig doc"
print(meta(orig).__name__, orig.__name__, orig.__doc__, orig.__wrapped__.__name__)
