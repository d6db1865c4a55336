def gen(tag):
    try:
        yield tag + "-1"
        yield tag + "-2"
    finally:
        print("finally", tag)
def use():
    g = gen("local")
    print(next(g))
    print("returning from use")
    return "use result"
print(use())
def keep():
    g = gen("kept")
    next(g)
    return g
k = keep()
print("kept generator still alive")
print(next(k))
k = None
print("released")
print(next(gen("temp")))
print("after temporary")
def fails():
    g = gen("in failing frame")
    next(g)
    raise KeyError("boom")
try:
    fails()
except KeyError as e:
    print("handling", e)
print("after except block")
def inner_scope():
    def helper():
        g = gen("helper")
        return next(g)
    value = helper()
    print("helper gave", value)
inner_scope()
