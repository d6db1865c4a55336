from collections import OrderedDict


class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated()
lu["x"] = 1
lu["y"] = 2
lu["x"] = 3
print(lu)
lu.update(y=5)
print(lu)
lu.setdefault("x", 0)
print(list(lu))


class Loud(OrderedDict):
    def __delitem__(self, key):
        print("delitem", key)
        super().__delitem__(key)


ld = Loud(a=1, b=2, c=3)
print(ld.pop("a"), ld.popitem(), ld)
del ld["b"]
print(ld)


class Loud2(OrderedDict):
    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value)


l2 = Loud2(a=1)
l2.update(b=2)
l2.setdefault("c", 3)
print(l2, Loud2.fromkeys("x", 0))
