class Foo:
    def __init__(self):
        self.bar = 1
f = Foo()
try:
    print(f.baz)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(Foo.nothing)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].push(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.attr
except AttributeError as e:
    print(type(e).__name__, e)
