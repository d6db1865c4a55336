import functools

def compute(self):
    return 42

# used without __set_name__
cp = functools.cached_property(compute)
class Late:
    pass
Late.answer = cp
try:
    Late().answer
except TypeError as e:
    print(type(e).__name__, e)

# the same cached_property under two different names
try:
    class Twice:
        a = functools.cached_property(compute)
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__ if e.__cause__ else None, e.__cause__)

# manual __set_name__ works
cp2 = functools.cached_property(compute)
class Manual:
    pass
Manual.val = cp2
cp2.__set_name__(Manual, "val")
m = Manual()
print(m.val, m.__dict__)

# instances without __dict__
class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print(type(e).__name__, e)
