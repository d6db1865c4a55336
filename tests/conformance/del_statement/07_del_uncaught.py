inventory = {"apples": 5, "pears": 2}
del inventory["apples"]
print(inventory)
del inventory["apples"]
print(inventory)
