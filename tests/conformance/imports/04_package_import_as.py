# import pkg.sub.mod as m binds only m; from pkg.sub import mod gives the same object.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/pkgs')

import shop.cart.items as it
print('shop' in globals(), it.__name__, it.ITEMS)
from shop.cart import items
print(items is it)
from shop import cart
print(cart.items is it)
import shop.cart as c
print(c is cart, 'shop' in globals())
top = sys.modules['shop']
print(top.cart is cart, top.NAME)
from shop.cart import SHOP_NAME
print(SHOP_NAME)
