names = ["ann", "bob"]
index = {name: i for i, name in enumerate(names)}
lengths = {name: (lambda n: len(n))(name) for name in names}
flags = {n: (True if n.startswith("a") else False) for n in names}
print(index, lengths, flags)
