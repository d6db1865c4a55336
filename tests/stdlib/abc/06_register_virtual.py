from abc import ABC, ABCMeta, abstractmethod


class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return 'circle'


result = Drawable.register(Circle)
print(result is Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable in Circle.__mro__, Circle.__bases__)
print(Drawable.__subclasses__())


# register as a class decorator
@Drawable.register
class Line:
    pass


print(Line.__name__, issubclass(Line, Drawable), isinstance(Line(), Drawable))
# a virtual subclass is not checked for the abstract methods, and gets no methods
print(hasattr(Line, 'draw'))


class Dashed(Line):
    pass


print(issubclass(Dashed, Drawable), isinstance(Dashed(), Drawable))

# registering builtins
Drawable.register(str)
print(isinstance('text', Drawable), issubclass(str, Drawable), isinstance(b'x', Drawable))


class Sub(Drawable):
    def draw(self):
        return 'sub'


# registering with a subclass makes the class virtual for the parent too
@Sub.register
class Square:
    pass


print(issubclass(Square, Sub), issubclass(Square, Drawable))
# registering twice or registering an existing subclass is harmless
print(Drawable.register(Circle) is Circle, Drawable.register(Sub) is Sub)
print(issubclass(int, Drawable), isinstance(3, Drawable))
print(isinstance(Circle, Drawable), issubclass(Drawable, Drawable))
