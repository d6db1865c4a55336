# Deleting __name__ at module level: classes and functions still work.
print(__name__)
del __name__
try:
    print(__name__)
except NameError as e:
    print(type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

def norm1(p):
    return abs(p.x) + abs(p.y)

p = Point(3, -4)
print(p, norm1(p))
print(Point.__name__, Point.__qualname__, Point.__module__)
print(norm1.__module__)
print('__name__' in globals())
