from collections.abc import MutableSequence


class Rope(MutableSequence):
    def __init__(self, data=()):
        self._d = list(data)

    def __getitem__(self, i):
        return self._d[i]

    def __setitem__(self, i, v):
        self._d[i] = v

    def __delitem__(self, i):
        del self._d[i]

    def __len__(self):
        return len(self._d)

    def insert(self, i, v):
        self._d.insert(i, v)


r = Rope("abc")
r.append("d")
r.extend("ef")
r += "g"
print(r._d, r.pop(), r.pop(0), r._d)
r.reverse()
r.remove("c")
print(r._d, r.count("d"))
r.extend(r)
print(r._d)
r.clear()
print(r._d, type(r.__iadd__([1])).__name__)
try:
    Rope().pop()
except IndexError as e:
    print(type(e).__name__, e)
