def gen():
    yield 1
    yield 2
class NotAnError:
    pass
g = gen()
print(next(g))
cases = [
    ("no args", lambda: g.throw()),
    ("int", lambda: g.throw(1)),
    ("str", lambda: g.throw("text")),
    ("class int", lambda: g.throw(int)),
    ("plain class", lambda: g.throw(NotAnError)),
    ("plain instance", lambda: g.throw(NotAnError())),
    ("instance plus value", lambda: g.throw(ValueError("x"), "extra")),
    ("bad traceback", lambda: g.throw(ValueError, "v", "not a traceback")),
    ("too many", lambda: g.throw(ValueError, "v", None, 4)),
    ("keyword", lambda: g.throw(typ=ValueError)),
]
for label, call in cases:
    try:
        call()
    except TypeError as e:
        print(label + ":", e)
print("generator untouched:", g.gi_suspended, next(g))
try:
    g.send(1, 2)
except TypeError as e:
    print("send with two args:", e)
try:
    g.close(1)
except TypeError as e:
    print("close with an arg:", e)
print(list(g))
