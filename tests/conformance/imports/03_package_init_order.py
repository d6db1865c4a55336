# import pkg.sub.mod runs every __init__.py on the way, outermost first, and binds pkg.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/pkgs')

import shop.cart.items
print('shop' in globals(), 'cart' in globals(), 'items' in globals())
print(shop.cart.items.ITEMS)
print(sorted(k for k in sys.modules if k.startswith('shop')))
print(shop.__name__, shop.cart.__name__, shop.cart.items.__name__)
print(shop.__package__, shop.cart.__package__, shop.cart.items.__package__)
print(shop.__file__.replace(HERE, '<topic>'))
print(shop.cart.items.__file__.replace(HERE, '<topic>'))
print([p.replace(HERE, '<topic>') for p in shop.__path__])
print([p.replace(HERE, '<topic>') for p in shop.cart.__path__])
print(type(shop.__path__).__name__, hasattr(shop.cart.items, '__path__'))
print(repr(shop.__doc__), repr(shop.cart.__doc__))
import shop.cart.items
import shop
print(shop.cart.items is sys.modules['shop.cart.items'])
