# OR patterns

def small(n):
    match n:
        case 1 | 2 | 3:
            return "small"
        case 4 | 5 | 6:
            return "medium"
        case "one" | "two" | "three":
            return "word"
        case None | True | False:
            return "singleton"
        case _:
            return "large or other"

for v in [1, 3, 5, 9, "two", "four", None, True, False, 0]:
    print(repr(v), "->", small(v))

print("-- alternatives binding the same names --")
for v in [[1], (2, "x"), [3, "y"], [4, 5, 6], "no"]:
    match v:
        case [x] | (x, "x") | [x, "y"]:
            print(repr(v), "-> x =", x)
        case [_, _, x] | [_, x]:
            print(repr(v), "-> via second case, x =", x)
        case _:
            print(repr(v), "-> nothing")

print("-- varying length alternatives --")
for v in [[10], [0, 20], [0, 0, 30], [1, 2, 3, 4]]:
    match v:
        case [x] | [_, x] | [_, _, x]:
            print(v, "last within first three:", x)
        case _:
            print(v, "too long")

print("-- or-patterns of class patterns --")

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

for p in [Point(0, 5), Point(7, 0), Point(1, 1)]:
    match p:
        case Point(x=0, y=v) | Point(x=v, y=0):
            print("on an axis, offset", v)
        case Point(x, y):
            print("off axis", x, y)

print("-- or-patterns of mappings --")
for d in [{"a": 1}, {"b": 2}, {"a": 3, "b": 4}, {"c": 5}]:
    match d:
        case {"a": val} | {"b": val}:
            print(d, "-> val", val)
        case _:
            print(d, "-> neither")

print("-- or-patterns of types --")
for v in [1, 2.0, "3", [4], (5,)]:
    match v:
        case int() | float():
            print(repr(v), "number")
        case str() | bytes():
            print(repr(v), "text")
        case list() | tuple():
            print(repr(v), "sequence")

print("-- nested or-patterns inside sequences --")
for v in [("GET", "/"), ("HEAD", "/"), ("POST", "/x"), ("PUT", "/y"), ("GET", "/z")]:
    match v:
        case ("GET" | "HEAD", "/"):
            print(v, "root read")
        case ("POST" | "PUT") as method, path:
            print(v, "write", method, path)
        case (_, path):
            print(v, "other", path)

print("-- alternatives are tried left to right --")
match [1, 1]:
    case [1, x] | [x, 1]:
        print("left alternative bound x =", x)
match (5, 1):
    case (1, x) | (x, 1):
        print("right alternative bound x =", x)
