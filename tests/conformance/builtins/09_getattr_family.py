class Config:
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
for name in ["debug", "level", "missing"]:
    print(name, hasattr(c, name), getattr(c, name, "n/a"))
setattr(c, "debug", True)
setattr(c, "new_attr", [1])
print(c.debug, Config.debug, c.new_attr)
delattr(c, "debug")
print(c.debug)
try:
    delattr(c, "debug")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr([1, 2], "count")(1), getattr("s", "upper")())
print(hasattr(1, "real"), hasattr(None, "x"))
