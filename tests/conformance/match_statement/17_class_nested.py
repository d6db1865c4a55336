# Nested class patterns

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start, self.end = start, end

class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius

class Rect:
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h

def describe(shape):
    match shape:
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return "vertical line at x=%d" % x1
        case Line(Point(x1, y1), Point(x2, y2)) if y1 == y2:
            return "horizontal line at y=%d" % y1
        case Line(Point(x1, y1), Point(x2, y2)):
            return "line from (%d,%d) to (%d,%d)" % (x1, y1, x2, y2)
        case Circle(Point(0, 0), r):
            return "circle at origin, r=%d" % r
        case Circle(center=Point(x=cx), radius=r):
            return "circle at x=%d, r=%d" % (cx, r)
        case Rect(Point(x, y), w, h) if w == h:
            return "square %dx%d at (%d,%d)" % (w, h, x, y)
        case Rect(corner=Point(), w=w, h=h):
            return "rect area %d" % (w * h)
        case [Point(x, y), *rest]:
            return "polyline starting at (%d,%d) with %d more" % (x, y, len(rest))
        case _:
            return "unknown"

shapes = [
    Line(Point(1, 0), Point(1, 5)),
    Line(Point(0, 2), Point(9, 2)),
    Line(Point(0, 0), Point(3, 4)),
    Circle(Point(0, 0), 5),
    Circle(Point(4, 1), 2),
    Rect(Point(1, 1), 3, 3),
    Rect(Point(1, 1), 3, 4),
    [Point(1, 1), Point(2, 2), Point(3, 3)],
    Line((0, 0), (1, 1)),
]
for s in shapes:
    print(describe(s))

print("-- nesting through containers --")

class Node:
    __match_args__ = ("value", "children")

    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

def walk(n, depth=0):
    match n:
        case Node(v, []):
            print("  " * depth + "leaf", v)
        case Node(v, [Node(only, [])]):
            print("  " * depth + "node", v, "with single leaf child", only)
        case Node(v, kids):
            print("  " * depth + "node", v, "with", len(kids), "children")
            for k in kids:
                walk(k, depth + 1)

walk(Node(1, [Node(2), Node(3, [Node(4)]), Node(5, [Node(6), Node(7, [Node(8)])])]))

print("-- class patterns mixed with builtins --")
for v in [Point(1, "a"), Point(1.5, [1]), Point("s", {"k": 1}), Point(None, None)]:
    match v:
        case Point(int(i), str(s)):
            print("int/str", i, s)
        case Point(float(), list([n])):
            print("float and one-element list", n)
        case Point(str(), {"k": kv}):
            print("str and mapping with k", kv)
        case Point(None, None):
            print("all None")
