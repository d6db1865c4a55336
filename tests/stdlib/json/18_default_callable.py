import json


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    if isinstance(o, bytes):
        return o.decode("ascii")
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps(Point(1, 2), default=enc))
print(json.dumps([Point(1, 2), {3, 1, 2}, 1 + 2j, b"raw"], default=enc))
print(json.dumps({"p": Point(Point(0, 0), [Point(5, 6)])}, default=enc))
print(json.dumps(frozenset({"b", "a"}), default=enc, indent=1))
# default returning a str / number / None
print(json.dumps([object()], default=lambda o: "OBJ"))
print(json.dumps([object()], default=lambda o: 42))
print(json.dumps([object()], default=lambda o: None))
# default is called repeatedly until a serializable value comes back
calls = []


def chain(o):
    calls.append(type(o).__name__)
    if isinstance(o, set):
        return tuple(sorted(o))
    return str(o)


print(json.dumps({1, 2}, default=chain), calls)
print(json.dumps({"k": range(3)}, default=list))
print(json.dumps([1, Point(3, 4)], default=vars))
print(json.dumps(Point(7, 8), default=vars, sort_keys=True))
# default is not used for dict keys
try:
    json.dumps({Point(1, 2): 1}, default=enc)
except TypeError as e:
    print(type(e).__name__, e)
