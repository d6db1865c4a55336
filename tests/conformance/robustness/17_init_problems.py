# Classes whose construction goes wrong, and finalizers that must not run.
class NotCallableInit:
    __init__ = 5

class NoInit:
    def __del__(self):
        print('NoInit.__del__ (python3 never creates the instance)')

class ReturnsValue:
    def __init__(self):
        print('ReturnsValue.__init__ ran')
        return 42
    def __del__(self):
        print('ReturnsValue.__del__')

class NeedsArgs:
    def __init__(self, a, b):
        self.a = a

def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, '->', type(e).__name__, e)

attempt('NotCallableInit()', lambda: NotCallableInit())
attempt('NoInit(1, 2)', lambda: NoInit(1, 2))
attempt('NoInit(k=1)', lambda: NoInit(k=1))
attempt('ReturnsValue()', lambda: ReturnsValue())
attempt('NeedsArgs(1)', lambda: NeedsArgs(1))
attempt('NeedsArgs(1, 2, 3)', lambda: NeedsArgs(1, 2, 3))
attempt('NeedsArgs(1, c=2)', lambda: NeedsArgs(1, c=2))
n = NoInit()
del n
print('end')
