def raiser():
    yield 1
    raise StopIteration("inner stop")
g = raiser()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("suppress_context:", e.__suppress_context__)
print("suspended:", g.gi_suspended)
def leaky(it):
    while True:
        yield next(it)
try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("leaky:", e)
def fixed(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean"
        yield v
print(list(fixed(iter([1, 2]))))
class MyStop(StopIteration):
    pass
def sub():
    yield
    raise MyStop("subclass")
s = sub()
next(s)
try:
    next(s)
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)
def plain():
    yield 1
    yield 2
p = plain()
next(p)
try:
    p.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown in:", e, e.__cause__.args)
it = iter([10])
try:
    print(list(next(it) for _ in range(3)))
except RuntimeError as e:
    print("genexpr:", e)
