# Mapping patterns with **rest

def split_id(d):
    match d:
        case {"id": ident, **rest}:
            return ident, rest
        case _:
            return None, None

for d in [{"id": 1, "name": "a", "age": 3}, {"id": 2}, {"name": "x"}, {"z": 0, "id": 3, "a": 1}]:
    ident, rest = split_id(d)
    print(d, "-> id", ident, "rest", rest)

print("-- rest is a new dict; the original is untouched --")
orig = {"a": 1, "b": 2, "c": 3}
match orig:
    case {"a": _, **others}:
        print("others:", others)
        print("others is orig:", others is orig)
        others["new"] = True
print("orig after:", orig)

print("-- {**everything} copies the whole mapping --")
match {"x": 1, "y": 2}:
    case {**everything}:
        print("everything:", everything, type(everything).__name__)

print("-- rest preserves insertion order --")
match {"d": 4, "c": 3, "b": 2, "a": 1}:
    case {"c": c, **rest}:
        print("c =", c, "rest keys:", list(rest))

print("-- rest from a dict subclass is a plain dict --")

class Tagged(dict):
    pass

t = Tagged(k=1, j=2)
match t:
    case {"k": k, **rest}:
        print("k =", k, "rest =", rest, "type:", type(rest).__name__)

print("-- several keys extracted, rest may be empty --")
for d in [{"a": 1, "b": 2}, {"a": 1, "b": 2, "c": 3, "d": 4}]:
    match d:
        case {"a": a, "b": b, **rest} if not rest:
            print(d, "exactly a and b:", a, b)
        case {"a": a, "b": b, **rest}:
            print(d, "a and b plus", rest)

print("-- rest combined with nested patterns --")
records = [
    {"kind": "user", "name": "ann", "tags": ["x", "y"], "age": 30},
    {"kind": "user", "name": "bob", "tags": []},
    {"kind": "group", "members": ["ann", "bob"], "owner": "ann"},
]
for r in records:
    match r:
        case {"kind": "user", "tags": [first, *_], **info}:
            print("user with tags, first", first, "info", info)
        case {"kind": "user", **info}:
            print("user without tags, info", info)
        case {"kind": kind, **info}:
            print("other kind", kind, "with", sorted(info))

print("-- exact-keys check idiom --")

def exact(d):
    match d:
        case {"x": x, "y": y, **extra} if extra:
            return "extra keys: " + ",".join(sorted(extra))
        case {"x": x, "y": y}:
            return "point %r,%r" % (x, y)
        case _:
            return "missing keys"

for d in [{"x": 1, "y": 2}, {"x": 1, "y": 2, "z": 3, "w": 4}, {"x": 1}]:
    print(d, "->", exact(d))
