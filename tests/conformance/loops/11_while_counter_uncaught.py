stock = {"apples": 3}
orders = ["apples", "apples", "pears"]
i = 0
while i < len(orders):
    item = orders[i]
    stock[item] -= 1
    print("shipped", item, "left", stock[item])
    i += 1
