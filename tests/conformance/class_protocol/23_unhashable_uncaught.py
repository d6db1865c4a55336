class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name


a = Key("a")
print(a == Key("a"))
print(Key.__hash__)
seen = [a]
print(Key("a") in seen)
cache = {}
cache[a] = 1
print("not reached")
