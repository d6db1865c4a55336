import functools

def f(a, b, c, d=0, **kw):
    return (a, b, c, d, sorted(kw.items()))

p1 = functools.partial(f, 1, x=1)
p2 = functools.partial(p1, 2, y=2)
p3 = functools.partial(p2, 3, x=3)
print(p3())
# nested partials of plain partials are flattened
print(p2.func is f, p2.args, p2.keywords)
print(p3.func is f, p3.args, p3.keywords)
print(type(p3.func).__name__)

# an instance of a subclass of partial is flattened too
class MyPartial(functools.partial):
    pass
mp = MyPartial(f, 1)
print(type(mp).__name__, mp.args)
nested = functools.partial(mp, 2)
print(nested.func is mp, nested.func is f, nested.args)
print(nested(3))

# but not one whose class overrides __call__
class Loud(functools.partial):
    def __call__(self, *a, **k):
        print("Loud call", a)
        return super().__call__(*a, **k)
lp = Loud(f, 1)
nl = functools.partial(lp, 2)
print(nl.func is lp, nl.args)
print(nl(3))
mp2 = MyPartial(functools.partial(f, 1), 2)
print(type(mp2.func).__name__, mp2.func is f, mp2.args)

# a partial with a __dict__ entry is not flattened either
pd = functools.partial(f, 1)
pd.tag = "t"
pn = functools.partial(pd, 2)
print(pn.func is pd, pn.args)

# partial of a partial with no new arguments
same = functools.partial(p1)
print(same.func is f, same.args, same.keywords)
print(functools.partial(functools.partial(functools.partial(max, 5), 7), 3)())
print(functools.partial(functools.partial(max, 5), 7).args)
