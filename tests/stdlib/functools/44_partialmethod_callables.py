import functools

# partialmethod over a plain callable that is not a descriptor
# (self is passed as the first argument)
class Calls:
    is_a = functools.partialmethod(isinstance)
    kind = functools.partialmethod(type)
    pair = functools.partialmethod(divmod)
    def __index__(self):
        return 17
    def __divmod__(self, other):
        return ("divmod", other)
obj = Calls()
print(obj.is_a(Calls), obj.is_a(int), obj.kind().__name__, obj.pair(5))

# partialmethod of another partialmethod merges the arguments
class Nested:
    def show(self, *args, **kw):
        return args, sorted(kw.items())
    a = functools.partialmethod(show, 1, x=1)
    b = functools.partialmethod(a, 2, y=2)
n = Nested()
print(n.a(9))
print(n.b(9))
print(Nested.__dict__["b"].func is Nested.show, Nested.__dict__["b"].args)

try:
    functools.partialmethod(42)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(functools.partialmethod(max, 1, k=2)))
