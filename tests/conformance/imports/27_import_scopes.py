# import binds a name in the current scope: a function's locals, a class body, or a global.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')
sys.path.insert(0, HERE + '/pkgs')


def f():
    import greet
    from greet import hello as h
    return greet.__name__, h('f'), 'greet' in locals()


print(f())
print('greet' in globals(), 'greet' in sys.modules)


def g():
    import shop.cart
    return shop.__name__, sorted(locals())


print(g())


class Box:
    import greet as mod
    from greet import NAME


print(Box.mod.__name__, Box.NAME)


def h():
    global greet
    import greet


h()
print('greet' in globals())
for i in range(3):
    import greet
print('loop done')
try:
    import nosuch_accelerator as impl
except ImportError:
    impl = greet
print(impl.NAME)
