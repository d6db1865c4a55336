print('shop.cart.items: runs, __package__ =', __package__)
ITEMS = ['apple', 'pear']
