class Plain:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("plain done")
        self.i += 1
        return self.i
class Full(Plain):
    def send(self, v):
        print("Full.send", repr(v))
        return self.__next__() * 100
    def throw(self, *args):
        print("Full.throw", len(args), [type(a).__name__ for a in args])
        if isinstance(args[0], KeyError):
            raise StopIteration("throw ended it")
        return -1
    def close(self):
        print("Full.close")
def delegate(it):
    try:
        r = yield from it
        print("yield from value:", r)
    except Exception as e:
        print("delegate caught", type(e).__name__, e)
    finally:
        print("delegate finally")
    yield "after"
d = delegate(Plain(3))
print(next(d), d.send(None), next(d), next(d))
d = delegate(Plain(3))
next(d)
print(d.send("x"))
d = delegate(Plain(3))
next(d)
print(d.throw(ValueError("to plain")))
d = delegate(Plain(3))
next(d)
d.close()
print("---")
d = delegate(Full(5))
print(next(d), d.send(None), d.send("s"))
print(d.throw(ValueError("inst")))
print(d.throw(ValueError, "val"))
print(d.throw(ValueError))
print(d.throw(KeyError("k")))
d.close()
d = delegate(Full(5))
next(d)
d.close()
print("---")
d = delegate(Full(5))
next(d)
try:
    d.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")
