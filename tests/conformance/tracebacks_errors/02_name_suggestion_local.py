def total_price(prices):
    subtotal = sum(prices)
    tax_rate = 0.2
    return subtotal * (1 + tax_rat)
print(total_price([10, 20]))
