x: int = 3
y: str
z: 'list[int]' = []
(paren): float = 1.5
print(x, z, paren, 'paren' in __annotations__)
print(__annotations__)
print('y' in globals(), 'x' in globals())
try:
    y
except NameError as e:
    print(type(e).__name__, e)
x: float = 4.5
print(__annotations__['x'], x)
print(list(__annotations__))
w: int
w = 'not checked'
print(w, __annotations__['w'])
print(type(__annotations__).__name__)
import sys
print(sys.modules[__name__].__annotations__ is __annotations__)
