# An exception raised by == during unregister propagates; registrations already compared equal are gone.
import atexit

atexit._clear()  # start from no callbacks: unregister compares with each one

class Bad:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print('compare', self.name, 'with', type(other).__name__)
        if self.name == 'boom':
            raise RuntimeError('cannot compare ' + self.name)
        return isinstance(other, Bad) and other.name == self.name
    __hash__ = None
    def __call__(self):
        print('called', self.name)

atexit.register(Bad('a'))
atexit.register(Bad('boom'))
atexit.register(Bad('a'))
atexit.register(Bad('c'))
try:
    atexit.unregister(Bad('a'))
except RuntimeError as e:
    print(type(e).__name__, e)
print('end of program')
