class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
items = [T(1), T(2), T(3)]
print("pop last")
items.pop()
print("del items[0]")
del items[0]
print("overwrite slot")
items[0] = None
d = {"a": T("a"), "b": T("b")}
print("del key")
del d["a"]
print("pop key")
v = d.pop("b")
print("popped but held")
v = 0
s = [T("x"), T("y"), T("z")]
print("clear list")
s.clear()
print("end")
