import itertools

c = itertools.cycle([1, 2, 3])
print([next(c) for _ in range(8)])
print(list(itertools.islice(itertools.cycle("ab"), 5)))
print(list(itertools.cycle([])))
print(list(itertools.islice(itertools.cycle(range(1)), 3)))
data = [1, 2]
c = itertools.cycle(data)
print(next(c))
data.append(3)
print(next(c), next(c), next(c), next(c))
data.append(4)
print([next(c) for _ in range(5)], data)
c = itertools.cycle({"k1": 1, "k2": 2})
print([next(c) for _ in range(5)])
n = 0
for x in itertools.cycle("xyz"):
    n += 1
    if n > 4:
        break
    print(n, x)
names = ["ann", "bob", "cy"]
teams = ["red", "blue"]
print(list(zip(names, itertools.cycle(teams))))
c = itertools.cycle([[0]])
a = next(c)
b = next(c)
print(a is b, iter(c) is c)
