import json


class Tracked:
    alive = 0

    def __init__(self, name):
        self.name = name
        Tracked.alive += 1

    def __del__(self):
        Tracked.alive -= 1
        print("del", self.name)


def make_dict(o):
    return {"name": o.name}


# temporaries produced by default= die during encoding; the data survives
items = [Tracked("a"), Tracked("b")]
print(json.dumps(items, default=make_dict))
print("alive", Tracked.alive)
del items
print("alive after del", Tracked.alive)
# objects created inside default die once encoding no longer needs them
print(json.dumps([object()], default=lambda o: {"t": Tracked("tmp").name}))
print(json.dumps({1}, default=lambda o: [Tracked("never-serial").name]))
print("alive", Tracked.alive)
# object_hook results are kept by the result only
res = json.loads('[{"name": "x"}, {"name": "y"}]', object_hook=lambda d: Tracked(d["name"]))
print("alive", Tracked.alive, [t.name for t in res])
res.pop(0)
print("alive", Tracked.alive)
res = None
print("alive", Tracked.alive)
# a failing encode drops its partial work
t = Tracked("held")
try:
    json.dumps([t, {2}], default=lambda o: {"n": o.name} if isinstance(o, Tracked) else o)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
del t
print("end", Tracked.alive)
