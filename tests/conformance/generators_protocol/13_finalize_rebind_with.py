class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress
def gen(name):
    with Ctx(name):
        with Ctx(name + "-inner"):
            yield 1
            yield 2
g = gen("first")
next(g)
print("rebinding")
g = gen("second")
print("rebound")
next(g)
g = None
print("after None")
def suppressing():
    with Ctx("sup", suppress=True):
        yield "in with"
    print("after with: GeneratorExit was suppressed")
s = suppressing()
next(s)
print("close ->", s.close())
print("suspended:", s.gi_suspended)
t = gen("third")
next(t)
print(next(t))
try:
    next(t)
except StopIteration:
    print("exhausted normally")
t = None
print("end")
