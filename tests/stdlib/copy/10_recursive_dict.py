import copy

d = {"name": "root"}
d["self"] = d
print(d)
d2 = copy.deepcopy(d)
print(d2)
print(d2["self"] is d2, d2 is d, d2["self"] is d)
d3 = copy.copy(d)
print(d3["self"] is d, d3 is not d)
print(d3)

# dict and list cycle
registry = {"items": []}
registry["items"].append(registry)
r2 = copy.deepcopy(registry)
print(r2, r2["items"][0] is r2)

# recursive structure with an instance
class Box:
    def __init__(self):
        self.content = None
    def __repr__(self):
        return "Box(...)" if self.content is self else f"Box({self.content!r})"
b = Box()
b.content = b
b2 = copy.deepcopy(b)
print(b2, b2.content is b2, b2 is not b)
holder = {"box": b}
b.content = holder
h2 = copy.deepcopy(holder)
print(h2["box"].content is h2)
print(type(h2["box"]).__name__)
