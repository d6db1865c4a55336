class Widget:
    count = 0
    def __init__(self, name):
        Widget.count += 1
        self.id = Widget.count
        self.name = name
    def __repr__(self):
        return f"Widget#{self.id}({self.name})"
ws = [Widget(n) for n in "abc"]
print(ws, Widget.count)
w = ws[0]
print(w is ws[0], w == ws[0], w == Widget("a"), Widget.count)
print(id(w) == id(ws[0]), id(w) == id(ws[1]))
registry = {}
for x in ws:
    registry[x] = x.name
print(registry[ws[1]], len(registry))
