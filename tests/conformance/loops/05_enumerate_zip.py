names = ["ann", "bob", "cy"]
ages = [31, 25]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(i, name)
for name, age in zip(names, ages):
    print(name, age)
print(list(zip(names, ages, "xyz")), list(zip()))
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n.upper(), a * 2)
print(dict(enumerate("ab")), list(enumerate([])))
