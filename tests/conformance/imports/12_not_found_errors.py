# ModuleNotFoundError and ImportError messages and their name attribute.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/mods')
sys.path.insert(0, HERE + '/pkgs')


def show(e):
    print(type(e).__name__ + ':', str(e).replace(HERE, '<topic>'), '| name =', e.name)


try:
    import nosuch
except ModuleNotFoundError as e:
    show(e)
    print(isinstance(e, ImportError), issubclass(ModuleNotFoundError, ImportError))
try:
    import nosuch.deeper
except ImportError as e:
    show(e)
try:
    import greet.x
except ImportError as e:
    show(e)
try:
    from greet import zzz
except ImportError as e:
    show(e)
    print(type(e) is ImportError, e.path.replace(HERE, '<topic>'))
try:
    import shop.nosuch
except ImportError as e:
    show(e)
try:
    from shop import nosuch
except ImportError as e:
    show(e)
try:
    from nosuch import anything
except ImportError as e:
    show(e)
try:
    __import__('')
except ValueError as e:
    print('ValueError:', e)
print('nosuch' in sys.modules, 'greet.x' in sys.modules, 'shop.nosuch' in sys.modules)
