class C:
    def __init__(self, x):
        print('C.__init__', x)
        self.x = x

c = object.__new__(C)
print(type(c).__name__, hasattr(c, 'x'))
C.__init__(c, 5)
print(c.x)
print(object.__init__(c))
print(object.__format__(c, '') == str(c))
try:
    object.__format__(c, 'd')
except TypeError as e:
    print(type(e).__name__, e)
c2 = object.__new__(C, 1)
print('extra args ok when __init__ overridden:', type(c2).__name__)

class P:
    pass

try:
    P(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(P(), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(3, ''), object.__format__('ab', ''))
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)
