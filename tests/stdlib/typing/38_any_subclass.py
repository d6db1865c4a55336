# Subclasses of Any (allowed since 3.11) are ordinary classes
from typing import Any


class MyAny(Any):
    pass


class Child(MyAny):
    def __init__(self, x):
        self.x = x


m = MyAny()
m.x = 4
print(m.x, repr(MyAny).startswith("<class '__main__.MyAny'"), type(MyAny).__name__)
print(MyAny.__mro__)
print(isinstance(m, MyAny), isinstance(3, MyAny), issubclass(MyAny, Any), issubclass(Child, MyAny))
for f in (lambda: MyAny(4), lambda: Child(5).x, lambda: isinstance(m, Any),
          lambda: isinstance(Child(1), MyAny)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
