import functools

def f(*args, **kwargs):
    return args, kwargs

p = functools.partial(f, 1, 2, a="x")
print(p())
print(p(3, 4))
print(p(b="y"))
print(p(3, a="override"))
print(p.func is f, p.args, p.keywords)
print(type(p).__name__, type(p.args).__name__, type(p.keywords).__name__)

q = functools.partial(f)
print(q.args, q.keywords, q(1))
r = functools.partial(f, k=1)
print(r.args, r.keywords, r(0, j=2))

# keyword order: partial's keywords first, then the call's new ones
p2 = functools.partial(f, z=1, a=2)
print(p2(b=3, z=9))

# each call gets a fresh dict: mutating it does not change the partial
def grab(**kw):
    kw["extra"] = True
    return kw
pg = functools.partial(grab, base=1)
print(pg(), pg.keywords)

# the attributes are read-only
for name in ("func", "args", "keywords"):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, type(e).__name__, e)

# a partial can hold arbitrary attributes (it has a __dict__)
p.note = "hello"
print(p.note, p.__dict__)
print(callable(p))

int2 = functools.partial(int, base=2)
print(int2("1011"), int2("111", base=8))
join_dash = functools.partial(str.join, "-")
print(join_dash(["a", "b", "c"]))
print(list(map(functools.partial(pow, 2), range(6))))
