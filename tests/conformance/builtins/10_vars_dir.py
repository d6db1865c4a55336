class Box:
    size = 3
    def __init__(self, w):
        self.w = w
        self.tag = "t"
    def area(self):
        return self.w
b = Box(5)
print(vars(b))
v = vars(b)
v["extra"] = 1
print(b.extra)
print([n for n in dir(b) if not n.startswith("_")])
print([n for n in dir(Box) if not n.startswith("_")])
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
print(dir(b) == sorted(dir(b)))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
