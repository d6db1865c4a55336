class Base:
    registry = []
    @classmethod
    def create(cls, tag):
        Base.registry.append((cls.__name__, tag))
        return cls.__name__ + ":" + tag
    @classmethod
    def chain(cls):
        return ["Base/" + cls.__name__]
class Left(Base):
    @classmethod
    def chain(cls):
        return ["Left"] + super().chain()
class Right(Base):
    @classmethod
    def create(cls, tag):
        return "R[" + super().create(tag) + "]"
    @classmethod
    def chain(cls):
        return ["Right"] + super().chain()
class Both(Left, Right):
    @classmethod
    def chain(cls):
        return ["Both"] + super().chain()
print(Both.chain())
print(Both().chain())
print(Left.chain(), Right.chain())
print(Both.create("x"), Left.create("y"), Right.create("z"))
print(Base.registry)
print(super(Left, Both).chain())
