# __import__ returns the top package unless fromlist asks for the submodule; importlib.import_module.
import sys
import importlib
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/pkgs')
sys.path.insert(0, HERE + '/mods')

top = __import__('shop.cart')
print(top.__name__, 'top' in globals(), 'shop' in globals())
sub = __import__('shop.cart', fromlist=['items'])
print(sub.__name__, hasattr(sub, 'items'), 'shop.cart.items' in sys.modules)
print(__import__('shop.cart.items') is top)
g = __import__('greet', globals(), locals(), ['hello'], 0)
print(g.__name__, g is sys.modules['greet'])
m = importlib.import_module('shop.cart')
print(m is sub)
m2 = importlib.import_module('.items', 'shop.cart')
print(m2.__name__, m2 is sub.items)
m3 = importlib.import_module('..pay', 'shop.cart')
print(m3.__name__, m3.METHOD)
m4 = __import__('items', {'__name__': 'shop.cart.x', '__package__': 'shop.cart'}, None, ['ITEMS'], 1)
print(m4.__name__)
try:
    importlib.import_module('.items')
except TypeError as e:
    print('TypeError:', e)
try:
    importlib.import_module('nosuch_module')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
print(importlib.import_module('sys') is sys)
