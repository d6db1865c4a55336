# A KeyError from a subscript in a call's argument.
prices = {'apple': 3, 'pear': 5}
print(prices['apple'] + prices['pear'])
print('total', prices['apple'] + prices['plum'] * 2)
