class Bag:
    pass
b = Bag()
b.x = 1
setattr(b, "y", 2)
print(b.x, getattr(b, "y"), getattr(b, "z", "default"), hasattr(b, "x"), hasattr(b, "z"))
print(vars(b))
delattr(b, "x")
print(vars(b), hasattr(b, "x"))
vars(b)["w"] = 9
print(b.w)
name = "computed"
setattr(b, name, [1])
print(b.computed, sorted(vars(b)))
try:
    getattr(b, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
Bag.shared = "class level"
print(b.shared, Bag().shared)
