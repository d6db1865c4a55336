from enum import IntEnum, Enum


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
    TRIANGLE = 3


class Request(IntEnum):
    POST = 1
    GET = 2


print(repr(Shape.CIRCLE), Shape.CIRCLE == 1, Shape.CIRCLE == Request.POST)
print(Shape.SQUARE + 1, Shape.SQUARE * 3, -Shape.TRIANGLE, Shape.TRIANGLE // 2)
print(type(Shape.SQUARE + 1).__name__, type(abs(Shape.CIRCLE)).__name__)
print(Shape.CIRCLE < Shape.SQUARE, Shape.TRIANGLE > 2, sorted([Shape.TRIANGLE, Request.GET, 0]))
print(repr(Shape(2)), repr(Shape(True)), repr(Shape(3.0)))
print(int(Shape.TRIANGLE), float(Shape.TRIANGLE), hex(Shape.TRIANGLE), bin(Shape.SQUARE))
print(hash(Shape.SQUARE) == hash(2), {Shape.SQUARE: 'x'}[2], {2: 'y'}[Shape.SQUARE])
print(['a', 'b', 'c', 'd'][Shape.TRIANGLE], range(10)[Shape.SQUARE])
print(isinstance(Shape.CIRCLE, int), issubclass(Shape, int), Shape.__mro__)
print(Shape.SQUARE.bit_length(), Shape.TRIANGLE.to_bytes(1, 'big'))
print(repr(max(Shape)), repr(min(Shape)), sum(Shape))
print(list(Shape), len(Shape))
try:
    class Bad(IntEnum):
        A = 'x'
except Exception as e:
    print(type(e).__name__, e)
try:
    Shape(4)
except ValueError as e:
    print(e)


class Zero(IntEnum):
    ZERO = 0
    ONE = 1


print(bool(Zero.ZERO), bool(Zero.ONE), repr(Zero(False)))
print(Shape.SQUARE.value, type(Shape.SQUARE.value).__name__, Shape.SQUARE.name)
