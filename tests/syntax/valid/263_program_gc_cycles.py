import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

def make_cycle():
    a, b = Node("a"), Node("b")
    a.partner, b.partner = b, a
    return len(gc.get_referrers(a))

gc.collect()
make_cycle()
found = gc.collect()
print("collected", found, "objects")
