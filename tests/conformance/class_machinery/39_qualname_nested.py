# __qualname__ of nested classes and functions
class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass
    def method(self):
        class Local:
            pass
        return Local

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.Deepest.method.__qualname__)
print(Outer().method().__qualname__)

def factory():
    class Made:
        def meth(self):
            pass
    return Made
M = factory()
print(M.__qualname__, M.meth.__qualname__)
print(type("Dyn", (), {}).__qualname__, type("Dyn", (), {"__qualname__": "A.B"}).__qualname__)

class Renamed:
    pass
Renamed.__qualname__ = "Something.Else"
print(Renamed.__qualname__, Renamed.__name__)
try:
    Renamed.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (), {"__qualname__": 5})
except TypeError as e:
    print(type(e).__name__, e)
print("__qualname__" in Outer.__dict__, Outer.__module__)
lam = lambda: None
print(lam.__qualname__, (lambda: (lambda: 0))().__qualname__)
