import copy

def numbers():
    yield 1
    yield 2

data = {"name": "stream", "values": [1, 2]}
print(copy.deepcopy(data))
gen = numbers()
try:
    copy.copy(gen)
except TypeError as e:
    print("caught:", e)
print(next(gen), "generator still usable")
data["source"] = gen
print(sorted(data))
shallow = copy.copy(data)
print(shallow["source"] is gen)
snapshot = copy.deepcopy(data)
print("unreachable", snapshot)
