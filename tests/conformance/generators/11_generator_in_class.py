class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3))
print(list(t), list(t.leaves()), sum(t), max(t), 5 in t)
it = iter(t)
print(type(it).__name__, next(it), next(it))
print(sorted(t, reverse=True), [v * 2 for v in t if v % 2])
