it = iter([1, 2, 3])
print(next(it), list(it), next(it, "x"))
d_it = iter({"a": 1, "b": 2})
print(next(d_it), next(d_it))
s_it = iter({7})
print(next(s_it))
print(callable(len), callable(lambda: 0), callable("s"), callable(str), callable(Exception))
class C:
    def m(self):
        pass
print(callable(C), callable(C()), callable(C().m))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
