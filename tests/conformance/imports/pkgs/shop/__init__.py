"""The shop package."""
print('shop: __init__ runs, __name__ =', __name__)
NAME = 'shop'
