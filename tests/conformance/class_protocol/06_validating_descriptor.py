class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value!r}")
        obj.__dict__[self.name] = value


class Item:
    name = Typed(str)
    qty = Typed(int, 0)

    def __init__(self, name, qty):
        self.name = name
        self.qty = qty


it = Item("bolt", 3)
print(it.name, it.qty)
for field, value in [("qty", -1), ("qty", "7"), ("name", 42), ("qty", 0), ("name", "nut")]:
    try:
        setattr(it, field, value)
        print("ok", field, repr(getattr(it, field)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    Item("x", 2.5)
except TypeError as e:
    print("constructor:", e)
class Partial(Item):
    def __init__(self):
        pass


fresh = Partial()
try:
    fresh.qty
except KeyError as e:
    print("KeyError", e)
print(it.name, it.qty)
