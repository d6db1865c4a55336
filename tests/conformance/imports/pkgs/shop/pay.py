print('shop.pay: runs')
METHOD = 'card'
