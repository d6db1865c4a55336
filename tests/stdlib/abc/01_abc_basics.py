from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area of the shape."""

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

s = Square(3)
print(s.describe())
print(isinstance(s, Shape), issubclass(Square, Shape), issubclass(Shape, ABC))
print(type(Shape).__name__, type(Square).__name__, type(ABC).__name__)
print(Shape.__abstractmethods__, Square.__abstractmethods__)
print(Shape.area.__isabstractmethod__, hasattr(Square.area, '__isabstractmethod__'))
print(Shape.area.__doc__)
print([c.__name__ for c in Square.__mro__])


class Incomplete(Shape):
    def describe(self):
        return 'never'


try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)

# calling the abstract method through the class still works: it is a plain function
print(Shape.area(s))
print(Shape.describe(s))
