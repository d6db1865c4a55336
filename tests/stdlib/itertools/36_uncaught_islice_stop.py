import itertools

data = list(range(10))
print(list(itertools.islice(data, 2, 6)))
n = len(data) - 12
print("window size", n)
for x in itertools.islice(data, n):
    print(x)
