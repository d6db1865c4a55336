# Callbacks keep their arguments alive and see later changes to mutable ones; generators and
# closures work as callbacks.
import atexit

items = []
atexit.register(lambda seq: print('items at exit', seq), items)
items.extend([1, 2, 3])


def make(n):
    def inner():
        print('closure', n)
    return inner


for k in range(3):
    atexit.register(make(k))


def gen():
    yield 'one'
    yield 'two'


g = gen()
atexit.register(next, g)
atexit.register(lambda it=g: print('first callback sees next(g) =', next(it)))
del g
atexit.register(print, *'abc', sep=', ', end=' <end>\n')
print('end of program')
