import itertools

prices = {"apple": 3, "pear": 4, "plum": 2}


def price_runs(basket):
    runs = []
    for price, grp in itertools.groupby(basket, key=prices.__getitem__):
        names = list(grp)
        print(" ", price, names)
        runs.append((price, len(names)))
    return runs


print(price_runs([]))
print(price_runs(["plum"]))
print(price_runs(["apple", "apple", "pear", "plum"]))
basket = ["apple", "apple", "pear", "plum", "fig", "plum"]
print(price_runs(basket))
print("not reached")
