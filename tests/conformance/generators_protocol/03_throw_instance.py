class Custom(Exception):
    pass
def worker():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("worker caught ValueError:", e)
            n += 100
        n += 1
g = worker()
print(next(g))
print(next(g))
err = ValueError("bad value")
print("throw returned", g.throw(err))
print("traceback attached:", err.__traceback__ is not None)
print(next(g))
c = Custom("custom one")
try:
    g.throw(c)
except Custom as e:
    print("propagated:", e, e is c)
print("suspended after:", g.gi_suspended)
try:
    next(g)
except StopIteration:
    print("generator is finished")
def returner():
    try:
        yield 1
    except KeyError as e:
        return "handled " + str(e.args[0])
r = returner()
next(r)
try:
    r.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration value:", e.value)
def reraiser():
    try:
        yield 1
    except ZeroDivisionError as e:
        raise ArithmeticError("wrapped") from e
w = reraiser()
next(w)
try:
    w.throw(ZeroDivisionError("div"))
except ArithmeticError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
