class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        print("get", pos)
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        print("set", pos, value)
        self.cells[pos] = value
    def __delitem__(self, pos):
        print("del", pos)
        del self.cells[pos]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
g[0, 1] = "#"
g[2, 1] = "@"
print(g[0, 1], g[1, 1], len(g), "#" in g, "x" in g)
del g[0, 1]
print("#" in g, g.cells)
try:
    del g[5, 5]
except KeyError as e:
    print(type(e).__name__, e)
