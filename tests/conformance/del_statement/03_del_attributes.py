class P:
    cls_attr = "class"
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
del p.a
print(vars(p), hasattr(p, "a"))
try:
    del p.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del P.cls_attr
print(hasattr(p, "cls_attr"))
p.b = 5
del p.b
print(vars(p))
