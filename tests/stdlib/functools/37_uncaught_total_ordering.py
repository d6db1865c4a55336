import functools

@functools.total_ordering
class Good:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print(Good(1) >= Good(0))

@functools.total_ordering
class Bad:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
print("unreachable")
