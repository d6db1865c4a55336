class Base:
    def __init__(self, **kwargs):
        print("Base.__init__", sorted(kwargs))
        super().__init__(**kwargs)
class Named(Base):
    def __init__(self, name, **kwargs):
        print("Named.__init__", name)
        self.name = name
        super().__init__(**kwargs)
class Aged(Base):
    def __init__(self, age, **kwargs):
        print("Aged.__init__", age)
        self.age = age
        super().__init__(**kwargs)
class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("Person.__init__", sorted(kwargs))
        super().__init__(**kwargs)
p = Person(name="ann", age=30)
print(p.name, p.age, sorted(vars(p).items()))
print([c.__name__ for c in Person.__mro__])
try:
    Person(name="bob", age=4, extra=1)
except TypeError as e:
    print("TypeError:", e)
