import functools

def target(x):
    "target doc"
    return x
target.custom = "from target"

# update_wrapper on a class instance wrapper
class Wrapper:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.f = f
    def __call__(self, *a):
        return self.f(*a)
wc = Wrapper(target)
print(wc.__name__, wc.__doc__, wc(5), wc.__wrapped__ is target, wc.custom)

# updated attribute missing on wrapper's side -> AttributeError
class NoDict:
    __slots__ = ()
try:
    functools.update_wrapper(NoDict(), target)
except AttributeError as e:
    print(type(e).__name__, e)
# __wrapped__ is set last, so it overrides a __wrapped__ copied from __dict__
def inner(): pass
def mid(): pass
mid.__wrapped__ = inner
def top(): pass
functools.update_wrapper(top, mid)
print(top.__wrapped__ is mid)
