def returns(value):
    yield "only"
    return value
for v in [None, 0, "text", (1, 2), [3], ()]:
    g = returns(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)
def via_send():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
s = via_send()
s.send(None)
s.send(5)
s.send(7)
try:
    s.send(None)
except StopIteration as e:
    print("send gave", e.value)
def via_throw():
    try:
        yield
    except ValueError as e:
        return "recovered from " + str(e)
t = via_throw()
next(t)
try:
    t.throw(ValueError("oops"))
except StopIteration as e:
    print("throw gave", e.value)
print("list ignores it:", list(returns("lost")))
e = StopIteration(1, 2)
print("manual:", e.value, e.args)
e = StopIteration()
print("empty:", e.value, e.args)
def empty_gen():
    return "immediately"
    yield
try:
    next(empty_gen())
except StopIteration as e:
    print("no yields:", e.value)
