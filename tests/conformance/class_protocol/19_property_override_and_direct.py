class Base:
    def __init__(self):
        self._v = 1

    @property
    def value(self):
        return "Base value " + str(self._v)

    @value.setter
    def value(self, v):
        print("Base setter", v)
        self._v = v


class ReadOnly(Base):
    @property
    def value(self):
        return "ReadOnly value " + str(self._v)


class Extended(Base):
    @Base.value.getter
    def value(self):
        return "Extended value " + str(self._v)


class Calls(Base):
    @property
    def value(self):
        return "Calls(" + Base.value.fget(self) + ")"

    @value.setter
    def value(self, v):
        Base.value.fset(self, v * 2)


for cls in (Base, ReadOnly, Extended, Calls):
    o = cls()
    try:
        o.value = 5
    except AttributeError as e:
        print("AttributeError:", e)
    print(cls.__name__, o.value)
print(Extended.value is Base.value, Extended.value.fset is Base.value.fset)


def get_size(self):
    return self._size


def set_size(self, v):
    self._size = max(0, v)


def del_size(self):
    print("deleting size")
    del self._size


class Shape:
    size = property(get_size, set_size, del_size, "the size")
    area = property(lambda self: self.size * self.size)


s = Shape()
s.size = -4
print(s.size, s.area)
s.size = 3
print(s.size, s.area)
del s.size
print(hasattr(s, "size"))
print(Shape.size.__doc__)
bare = property()
print(bare.fget, bare.fset, bare.fdel)
