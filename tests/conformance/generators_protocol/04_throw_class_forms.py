class MyError(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b
def catcher():
    while True:
        try:
            yield
        except MyError as e:
            print("MyError", e.args, "total", e.total)
        except Exception as e:
            print(type(e).__name__, e.args)
g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError, "message")
g.throw(ValueError, ("a", 1))
g.throw(ValueError, ())
g.throw(ValueError, None)
g.throw(KeyError, ("k",))
g.throw(ValueError, [1, 2])
g.throw(ValueError, ValueError("already an instance"))
g.throw(LookupError, KeyError("subclass instance"))
g.throw(KeyError, ValueError("not a subclass"))
g.throw(ValueError, "with None traceback", None)
g.throw(MyError, (3, 4))
try:
    g.throw(MyError, 5)
except TypeError as e:
    print("constructor failed:", e)
print("still suspended:", g.gi_suspended)
g.close()
print("closed:", g.gi_suspended)
