# Mapping patterns: key lookup, extra keys ignored

def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return "click at (%d, %d)" % (x, y)
        case {"type": "key", "key": k}:
            return "key " + k
        case {"type": t}:
            return "unhandled type " + t
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "x": 1, "y": 2},
    {"type": "click", "x": 1, "y": 2, "button": "left", "extra": [1, 2]},
    {"type": "click", "x": 1},
    {"y": 5, "type": "key", "key": "q"},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(e, "->", handle(e))

print("-- key presence check with wildcard values --")
for d in [{"id": None}, {"id": 0}, {"ID": 1}, {}]:
    match d:
        case {"id": _}:
            print(d, "has id")
        case _:
            print(d, "has no id")

print("-- non-string keys: ints, None, True, negative, value patterns --")

class K:
    NAME = "name"

for d in [{1: "one"}, {None: "none"}, {True: "yes"}, {-5: "neg"}, {"name": "bob"}, {1.0: "float one"}]:
    match d:
        case {None: v}:
            print(d, "None key ->", v)
        case {1: v}:
            print(d, "1 key ->", v)
        case {-5: v}:
            print(d, "-5 key ->", v)
        case {K.NAME: v}:
            print(d, "K.NAME key ->", v)
        case _:
            print(d, "no known key")

print("-- nested mappings and sequences --")
config = {
    "server": {"host": "localhost", "ports": [80, 443]},
    "debug": True,
}
match config:
    case {"server": {"host": host, "ports": [first, *others]}, "debug": True}:
        print("host", host, "first port", first, "others", others)

print("-- dict subclass matches; __missing__ is not consulted --")

class Defaulting(dict):
    def __missing__(self, key):
        print("  __missing__ called for", repr(key))
        return "default"

d = Defaulting(a=1)
print("d['zz'] via subscript:", d["zz"])
match d:
    case {"zz": v}:
        print("matched zz (unexpected):", v)
    case {"a": v}:
        print("matched a:", v)
