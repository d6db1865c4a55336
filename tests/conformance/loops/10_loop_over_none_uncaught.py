def load():
    return None
data = [1, 2, 3]
for d in data:
    print(d)
data = load()
for d in data:
    print(d)
