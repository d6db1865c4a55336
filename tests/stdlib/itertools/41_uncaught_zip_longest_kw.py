import itertools

a = [1, 2, 3]
b = ["x"]
print(list(itertools.zip_longest(a, b, fillvalue=0)))
print(list(itertools.zip_longest(a, b, fill_value=0)))
