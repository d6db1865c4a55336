class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(t.depth(), list(t.walk()))
