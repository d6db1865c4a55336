import copy

class Settings:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def replace(self, **changes):
        new = copy.copy(self)
        new.__dict__.update(changes)
        return new
    def __repr__(self):
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()) + ")"

base = Settings(debug=False, level=1, paths=["/a"])
dev = base.replace(debug=True)
print(base)
print(dev)
print(dev.paths is base.paths)
dev.paths.append("/dev")
print(base.paths)

# deep replace: nothing shared
class DeepSettings(Settings):
    def replace(self, **changes):
        new = copy.deepcopy(self)
        new.__dict__.update(changes)
        return new
d1 = DeepSettings(opts={"x": [1]}, name="one")
d2 = d1.replace(name="two")
d2.opts["x"].append(2)
print(d1, d2)

# snapshot / undo stack
state = {"cells": [[0, 0], [0, 0]], "turn": 0}
history = []
for move in [(0, 0), (1, 1), (0, 1)]:
    history.append(copy.deepcopy(state))
    r, c = move
    state["cells"][r][c] = state["turn"] % 2 + 1
    state["turn"] += 1
print(state)
while history:
    state = history.pop()
    print("undo ->", state)

# a copy-on-write helper built on copy.copy of a dict subclass
class Record(dict):
    def set(self, key, value):
        new = copy.copy(self)
        new[key] = value
        return new
r1 = Record(a=1)
r2 = r1.set("b", 2)
print(type(r2).__name__, r1, r2)
