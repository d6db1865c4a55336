import json

calls = []


def hook(d):
    calls.append(sorted(d))
    return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": 1, "b": {"c": 2, "d": [{"e": 3}]}}', object_hook=hook))
print(calls)
# innermost objects are hooked first
order = []
json.loads('{"outer": {"mid": {"inner": {}}}}', object_hook=lambda d: order.append(list(d)) or d)
print(order)
# hook can return anything
print(json.loads('[{"x": 1}, {"y": 2}]', object_hook=lambda d: len(d)))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: tuple(d.items())))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d


print(json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))
# the hook receives a plain dict with duplicate keys collapsed (last wins)
print(json.loads('{"a": 1, "a": 2}', object_hook=lambda d: (type(d).__name__, d)))
print(json.loads("[]", object_hook=lambda d: "never"))
print(json.loads("{}", object_hook=lambda d: "empty hooked"))
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
