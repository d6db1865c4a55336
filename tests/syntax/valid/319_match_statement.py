# match and case are soft keywords: names elsewhere
match = [1, 2]
case = {"k": 1}


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Color:
    RED = 1


def describe(subject):
    match subject:
        case 0 | -1 | 2.5:
            return "number"
        case "a" "b" | None | True | False:
            return "constant"
        case Color.RED:
            return "red"
        case [1, *rest] if rest:
            return rest
        case (a, b, *_):
            return a, b
        case []:
            return "empty"
        case {"k": v, 1: w, **others}:
            return v, w, others
        case {}:
            return "mapping"
        case Point(0, y=yy) as p:
            return p, yy
        case Point(x=0,):
            return "origin-x"
        case int(n) | float(n):
            return n
        case (x):
            return x


match match, case:
    case [m, *_], {"k": _}:
        print(m)
    case _:
        pass

match describe(Point(0, 1)),:
    case (p, yy),:
        print(yy)
