import functools

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, note=""):
        self.alive = bool(state)
        return f"{type(self).__name__} -> {self.alive} {note}".strip()
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note="(rip)")

c = Cell()
print(c.set_alive(), c.alive)
print(c.set_dead(), c.alive)
print(c.set_dead(note="again"))
print(type(Cell.__dict__["set_alive"]).__name__)
print(type(c.set_alive).__name__)
bound = c.set_alive
print(bound.func.__name__, bound.args, bound.keywords)

# partialmethod over a classmethod and a staticmethod
class Factory:
    @classmethod
    def make(cls, kind, size=1):
        return f"{cls.__name__}:{kind}:{size}"
    make_big = functools.partialmethod(make, "big", size=10)
    @staticmethod
    def add(a, b):
        return a + b
    add10 = functools.partialmethod(add, 10)
class SubFactory(Factory):
    pass
print(Factory.make_big())
print(SubFactory().make_big())
print(Factory.add10(5), Factory().add10(6))
