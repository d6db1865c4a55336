def inner():
    try:
        while True:
            try:
                yield "inner value"
            except ValueError as e:
                print("inner handled", e)
                yield "inner recovered"
            except KeyError as e:
                print("inner returns on KeyError", e)
                return "inner result"
    finally:
        print("inner finally")
def outer():
    try:
        r = yield from inner()
        print("outer got result", r)
        yield "outer after"
    except TypeError as e:
        print("outer caught", e)
        yield "outer recovered"
g = outer()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.throw(ValueError, "v2"))
print(g.send(None))
print(g.throw(KeyError("k")))
try:
    next(g)
except StopIteration:
    print("outer finished")
g = outer()
next(g)
print(g.throw(TypeError("not for inner")))
print("outer suspended:", g.gi_suspended, "yieldfrom:", g.gi_yieldfrom)
g.close()
g = outer()
next(g)
try:
    g.throw(IndexError("nobody handles"))
except IndexError as e:
    print("propagated to caller:", e)
print("suspended:", g.gi_suspended)
