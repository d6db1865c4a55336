import functools

def target(x):
    "target doc"
    return x
target.custom = "from target"
target.shared = {"a": 1}

def wrapper(*a):
    return target(*a)
wrapper.shared = {"b": 2}
wrapper.own = "kept"

res = functools.update_wrapper(wrapper, target)
print(res is wrapper)
print(wrapper.__name__, wrapper.__doc__, wrapper.__qualname__)
print(wrapper.custom, wrapper.own)
print(wrapper.shared, wrapper.shared is target.shared)
print(wrapper.__wrapped__ is target)
print(sorted(k for k in wrapper.__dict__))

# missing attributes on the wrapped object are skipped silently
class Callable:
    def __call__(self):
        return "called"
obj = Callable()
def w2():
    return obj()
functools.update_wrapper(w2, obj)
print(w2.__name__, w2.__doc__, w2.__wrapped__ is obj)

# a partial has no __name__: the wrapper keeps its own
p = functools.partial(max, 1)
def w3():
    pass
functools.update_wrapper(w3, p)
print(w3.__name__, w3.__wrapped__ is p)

# the wrapped object can be a builtin
def w4():
    pass
functools.update_wrapper(w4, len)
print(w4.__name__, w4.__qualname__, w4.__module__, w4.__doc__ == len.__doc__)
