# unregister removes every registration equal to the argument (identity first, then ==).
import atexit

atexit._clear()  # start from no callbacks: unregister compares with each one

def f():
    print('f ran')

def g():
    print('g ran')

atexit.register(f)
atexit.register(g)
atexit.register(f, 'with', 'args')  # f with arguments is still f
print(atexit.unregister(f))
print(atexit.unregister(f))  # not registered any more: nothing happens
print(atexit.unregister(42), atexit.unregister(None), atexit.unregister('f'))

class Box:
    def __init__(self, tag):
        self.tag = tag
    def show(self):
        print('Box.show', self.tag)

b = Box('kept')
atexit.register(b.show)
atexit.register(Box('removed').show)
# a bound method equals another bound method of the same function and object
print(b.show is b.show, b.show == b.show)
other = Box('other')
atexit.register(other.show)
atexit.unregister(other.show)

class Weird:
    """Equal to nothing, not even itself: unregister still finds it by identity."""
    def __eq__(self, other):
        print('Weird.__eq__ called')
        return False
    __hash__ = object.__hash__
    def __call__(self):
        print('Weird called')

w = Weird()
atexit.register(w)
atexit.unregister(w)

class Any:
    """Equal to every function: unregistering it removes all of them."""
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == getattr(other, '__name__', None)
    __hash__ = None
    def __call__(self):
        print('Any called', self.name)

def h():
    print('h ran')

atexit.register(h)
atexit.register(Any('h'))
atexit.register(Any('zzz'))
atexit.unregister(Any('h'))
print('end of program')
