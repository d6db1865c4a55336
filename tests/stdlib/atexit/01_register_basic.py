# register returns its function (so it works as a decorator); callbacks run at exit, last registered first.
import atexit

def hello(name, punct='!'):
    print('hello', name + punct)

r = atexit.register(hello, 'first')
print(r is hello)
print(atexit.register(hello, 'second', punct='?') is hello)
atexit.register(hello, punct='.', name='kw')

@atexit.register
def decorated():
    print('decorated callback runs first')

print(decorated.__name__, callable(decorated))
atexit.register(print, 'print', 'with', 'args', sep='-')
atexit.register(print, 'builtin print, registered last')
print('last line of the program')
