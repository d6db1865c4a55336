class Chain:
    def __init__(self):
        self.me = self
    def __repr__(self):
        return f"Chain({self.me!r})"
c = Chain()
print("built")
print(c)
