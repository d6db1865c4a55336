import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


a = Obj("a")
r = weakref.ref(a)
print(r() is a, r())
print(weakref.ref(a) is r)


def cb(wr):
    print("callback", wr is r2, wr())


r2 = weakref.ref(a, cb)
print(r2 is r, r2() is a)
del a
print("after del", r(), r2())
print(repr(r).endswith("; dead>"))

for bad in (1, "s", [1], {}, (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.ref()
except TypeError as e:
    print(type(e).__name__, e)


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1])
md = MyDict(x=1)
print(weakref.ref(ml)() == [1], weakref.ref(md)() == {"x": 1})
s = {1, 2}
print(weakref.ref(s)() == {1, 2})
