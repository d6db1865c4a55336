# name mangling in __slots__ and dict-valued __slots__
class C:
    __slots__ = ("__secret", "public")
    def __init__(self):
        self.__secret = 42
        self.public = 1
    def reveal(self):
        return self.__secret

c = C()
print(c.reveal(), c.public)
print(sorted(k for k in C.__dict__ if "secret" in k))
print(C.__slots__)
try:
    c.__secret
except AttributeError as e:
    print(type(e).__name__, e)
print(c._C__secret)

class Doc: __slots__ = {"x": "the x coordinate", "y": "the y coordinate"}
print(Doc.x.__doc__, "|", Doc.y.__doc__)
print(type(Doc.__slots__).__name__)
d = Doc()
d.x = 1
print(d.x)

class L: __slots__ = ["first", "second"]
l = L()
l.first = "f"
print(l.first, L.__slots__, type(L.first).__name__)

def gen():
    yield "g1"
    yield "g2"
class G:
    __slots__ = gen()
g = G()
g.g2 = 2
print(g.g2, type(G.g1).__name__)
