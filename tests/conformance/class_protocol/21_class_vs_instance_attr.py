class Settings:
    level = 1
    tags = []

    def show(self):
        return (self.level, Settings.level, type(self).level)


s = Settings()
t = Settings()
print(s.show(), vars(s))
s.level = 5
print(s.show(), vars(s), t.level)
Settings.level = 2
print(s.show(), t.show())
del s.level
print(s.show(), vars(s))
try:
    del s.level
except AttributeError as e:
    print("AttributeError:", e)
# augmented assignment reads the class attribute and writes an instance one
t.level += 10
print(t.level, Settings.level, vars(t))
# mutating a shared class-level list affects every instance
s.tags.append("x")
print(t.tags, Settings.tags is s.tags)
s.tags = ["own"]
print(s.tags, t.tags)
s.__dict__["level"] = 99
print(s.level)
s.__dict__.update(level=7, extra="e")
print(s.level, s.extra, sorted(vars(s)))
vars(s).clear()
print(s.level, s.tags, vars(s))
print(vars(s) is s.__dict__)
s.__dict__ = {"level": -1}
print(s.level, vars(s))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
