# Wrong uses of register and unregister.
import atexit

for bad in [None, 1, 'name', [print], (print,), b'x']:
    try:
        atexit.register(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    atexit.register()
except TypeError as e:
    print(type(e).__name__, e)
try:
    atexit.register(func=print)
except TypeError as e:
    print(type(e).__name__, e)
try:
    atexit.register(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    atexit.unregister()
except TypeError as e:
    print(type(e).__name__, e)
try:
    atexit.unregister(print, print)
except TypeError as e:
    print(type(e).__name__, e)
try:
    atexit.unregister(func=print)
except TypeError as e:
    print(type(e).__name__, e)

# callable() is the test: a class and an object with __call__ are accepted
class C:
    def __init__(self, *a, **k):
        print('C made', a, sorted(k))

atexit.register(C, 1, 2, func='kw named func', x=3)
atexit.register(print, 'callable ok')
print('end of program')
