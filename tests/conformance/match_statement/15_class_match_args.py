# Class patterns with __match_args__ (hand-written dataclass-like classes)

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return "on the y axis at %r" % y
        case Point(x, 0):
            return "on the x axis at %r" % x
        case Point(x, y) if x == y:
            return "on the diagonal at %r" % x
        case Point(x, y):
            return "somewhere at (%r, %r)" % (x, y)
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4), Point(1, 2), (1, 2)]:
    print(p, "->", where(p))

print("-- fewer positional subpatterns than __match_args__ --")
match Point(7, 8):
    case Point(x):
        print("only x bound:", x)

print("-- mixing positional and keyword --")
for p in [Point(1, 2), Point(1, 3)]:
    match p:
        case Point(1, y=2):
            print(p, "x positional 1, y keyword 2")
        case Point(a, y=b):
            print(p, "a =", a, "b =", b)

print("-- subclasses inherit __match_args__ --")

class Point3D(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return "Point3D(%r, %r, %r)" % (self.x, self.y, self.z)

match Point3D(1, 2, 3):
    case Point(a, b):
        print("Point3D matched Point(a, b):", a, b)
match Point3D(1, 2, 3):
    case Point3D(a, b, z=c):
        print("Point3D(a, b, z=c):", a, b, c)

print("-- subclasses can override __match_args__ --")

class Reversed(Point):
    __match_args__ = ("y", "x")

match Reversed(1, 2):
    case Reversed(first, second):
        print("Reversed positional order: first =", first, "second =", second)
match Reversed(1, 2):
    case Point(first, second):
        print("matched via Point, so Point.__match_args__ is used: first =", first, "second =", second)

print("-- __match_args__ can name properties --")

class Temp:
    __match_args__ = ("celsius", "fahrenheit")

    def __init__(self, c):
        self.celsius = c

    @property
    def fahrenheit(self):
        return self.celsius * 9 // 5 + 32

for c in [0, 100, 37]:
    match Temp(c):
        case Temp(0, f):
            print("freezing,", f, "F")
        case Temp(100, f):
            print("boiling,", f, "F")
        case Temp(c2, f):
            print("other:", c2, "C is", f, "F")

print("-- empty __match_args__ allows only keywords --")

class Box:
    __match_args__ = ()

    def __init__(self, content):
        self.content = content

match Box("gift"):
    case Box(content=c):
        print("Box content:", c)
