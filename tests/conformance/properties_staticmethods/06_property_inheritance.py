class Base:
    @property
    def name(self):
        return "base"
    def show(self):
        return "I am " + self.name
class Derived(Base):
    @property
    def name(self):
        return "derived/" + super().name
print(Base().show(), Derived().show())
class Counter:
    _count = 0
    @classmethod
    def increment(cls):
        cls._count += 1
        return cls._count
class Sub(Counter):
    pass
print(Counter.increment(), Counter.increment(), Sub.increment(), Counter._count, Sub._count)
