# A submodule becomes an attribute of its parent once imported; from pkg import sub imports it.
import sys
HERE = __file__.rsplit('/', 1)[0]
sys.path.insert(0, HERE + '/pkgs')

import shop
print(hasattr(shop, 'pay'), 'shop.pay' in sys.modules)
try:
    shop.pay
except AttributeError as e:
    print('AttributeError:', e)
from shop import pay
print(pay.METHOD, hasattr(shop, 'pay'), shop.pay is pay)
from shop import pay as again
print(again is pay)
import shop.pay
print(shop.pay.METHOD)
# Deleting the attribute: the module stays in sys.modules, a plain import does not put it back,
# but from-import still finds it there.
del shop.pay
import shop.pay
print(hasattr(shop, 'pay'), 'shop.pay' in sys.modules)
from shop import pay as third
print(third is pay)
