# AS patterns

for v in [[1, 2], (3, 4), [5, 6, 7], "ab"]:
    match v:
        case [x, y] as pair:
            print("pair", pair, "x", x, "y", y, "same object:", pair is v)
        case [*_] as seq:
            print("other sequence", seq)
        case other:
            print("not a sequence", repr(other))

print("-- as with or-patterns --")
for v in [1, 2, 3, 4]:
    match v:
        case (1 | 2) as n:
            print("n =", n, "from (1 | 2)")
        case 3 | 4 as n:
            print("n =", n, "from 3 | 4 (as binds whole or-pattern)")

print("-- as with class patterns --")

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

for p in [Point(0, 3), Point(1, 1), 5]:
    match p:
        case Point(x=0) as origin_line:
            print("on y axis:", origin_line)
        case Point() as pt:
            print("some point:", pt)
        case int() as i:
            print("an int:", i)

print("-- nested as patterns --")
data = [("alice", [90, 85]), ("bob", [70])]
for item in data:
    match item:
        case (str() as name, [int() as first, *_] as scores) as whole:
            print("name", name, "first", first, "scores", scores, "whole", whole)

print("-- as inside mapping values --")
for d in [{"pos": [1, 2]}, {"pos": [1, 2, 3]}, {"pos": "here"}]:
    match d:
        case {"pos": [_, _] as xy}:
            print("2d position", xy)
        case {"pos": [_, _, _] as xyz}:
            print("3d position", xyz)
        case {"pos": p as raw}:
            print("raw position", raw, "also p =", p)

print("-- chained as: (x as y) as z --")
match 42:
    case (x as y) as z:
        print("x", x, "y", y, "z", z)

print("-- as binds the element, not a copy --")
inner = [0]
match [inner]:
    case [[0] as got]:
        print("got is inner:", got is inner)
        got.append(1)
print("inner now", inner)
