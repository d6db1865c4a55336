x = 5
s = "abc"
lst = [1, 2]
n = None
d = {"f": 1}
for label, thing in [("x", x), ("s", s), ("lst", lst), ("n", n), ("d['f']", d["f"])]:
    try:
        thing()
    except TypeError as e:
        print(label, type(e).__name__, e)
try:
    lst(0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d["f"](1, key=2)
except TypeError as e:
    print(type(e).__name__, e)
