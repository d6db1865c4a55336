from string import Formatter


class Obj:
    name = "obj-name"
    items = ["i0", "i1"]
    inner = None


Obj.inner = Obj()
f = Formatter()
args = (["zero", "one"], Obj())
kwargs = {"d": {"k": "v", 3: "three", "3": "str-three"}, "o": Obj()}
for field in ["0", "0[1]", "1.name", "1.items[0]", "d[k]", "d[3]", "o.inner.name",
              "o.items[1]", "1.inner.items[0]"]:
    obj, first = f.get_field(field, args, kwargs)
    print(repr(field), repr(obj), repr(first))
print(f.get_value(0, ("a",), {}), f.get_value("k", (), {"k": "kv"}))
for field, exc in [("2", IndexError), ("missing", KeyError), ("1.nope", AttributeError),
                   ("0[5]", IndexError), ("d[x]", KeyError), ("0[a]", TypeError)]:
    try:
        f.get_field(field, args, kwargs)
    except exc as e:
        print(repr(field), type(e).__name__, e)
try:
    f.get_field("0.", args, kwargs)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.get_field("0[", args, kwargs)
except ValueError as e:
    print(type(e).__name__, e)
