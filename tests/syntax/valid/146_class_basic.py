class Empty:
    pass

class WithParens():
    pass

class Child(Empty):
    pass

class Point(object):
    x = 0
    y = 0
print(Empty, WithParens, Child, Point.x)
