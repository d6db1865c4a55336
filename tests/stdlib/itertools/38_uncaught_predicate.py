import itertools

prices = {"apple": 3, "pear": 4, "plum": 2}
order = ["apple", "pear", "kiwi", "plum"]
affordable = itertools.takewhile(lambda name: prices[name] < 5, order)
print(next(affordable))
print(next(affordable))
print(list(affordable))
