import functools

class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"{self.prefix} object {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"{self.prefix} int {arg}"

    @fmt.register(list)
    def _(self, arg):
        return f"{self.prefix} list " + ",".join(self.fmt(x) for x in arg)

f = Formatter(">")
print(f.fmt(1))
print(f.fmt("s"))
print(f.fmt([1, "a", [2]]))
print(f.fmt(True))

class Sub(Formatter):
    pass
print(Sub("#").fmt(2.0))

print(type(Formatter.__dict__["fmt"]).__name__)
print(Formatter.fmt.__name__)
try:
    functools.singledispatchmethod(5)
except TypeError as e:
    print(type(e).__name__, e)
# 3.11 indexes args[0] without checking
try:
    f.fmt()
except IndexError as e:
    print(type(e).__name__, e)
