from .. import NAME as SHOP_NAME
print('shop.cart: __init__ runs, parent NAME =', SHOP_NAME)
