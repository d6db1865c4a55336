# __new__ returning an instance of another class: __init__ is skipped
calls = []

class Other:
    def __init__(self):
        calls.append("Other.__init__")

class Factory:
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        if kind == "int":
            return 42
        if kind == "sub":
            return object.__new__(Sub)
        return super().__new__(cls)
    def __init__(self, kind):
        calls.append("Factory.__init__(%s)" % kind)

class Sub(Factory):
    pass

for kind in ["self", "other", "int", "sub"]:
    calls.clear()
    r = Factory(kind)
    print(kind, type(r).__name__, calls)

class ReturnsNone:
    def __new__(cls):
        return None
    def __init__(self):
        print("never printed")

print(ReturnsNone())
