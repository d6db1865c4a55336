class Playlist(list):
    def __init__(self, name, songs=()):
        super().__init__(songs)
        self.name = name
        self.plays = 0

    def first(self):
        return self[0]

    def last_two(self):
        return self[-2:]

    def play(self):
        self.plays += 1
        return self.name + ": " + ", ".join(self)

    def swap_ends(self):
        self[0], self[-1] = self[-1], self[0]

p = Playlist("road", ["a", "b", "c"])
print(p, p.name, len(p))
print(p.first(), p.last_two(), type(p.last_two()).__name__)
print(p.play())
p.swap_ends()
print(p.play(), p.plays)
p.append("d")
print(p, p.name)
e = Playlist("empty")
print(e, len(e), e.name, bool(e))
e.name = "renamed"
e.extra = [1]
print(e.name, e.extra)
gen = Playlist("gen", (x * 2 for x in "xyz"))
print(gen, gen.name)
print(p == ["c", "b", "a", "d"], p == Playlist("other", ["c", "b", "a", "d"]))
