import copy

class Shallow:
    def __init__(self, items):
        self.items = items
        self.copies = 0
    def __copy__(self):
        cls = self.__class__
        result = cls.__new__(cls)
        result.__dict__.update(self.__dict__)
        result.copies = self.copies + 1
        return result

s = Shallow([1, 2])
c = copy.copy(copy.copy(s))
print(c.items is s.items, c.copies, type(c).__name__)

class Deep:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.parent = None
        for ch in self.children:
            ch.parent = self
    def __deepcopy__(self, memo):
        print("  deepcopy", self.name)
        cls = self.__class__
        result = cls.__new__(cls)
        memo[id(self)] = result
        for k, v in self.__dict__.items():
            setattr(result, k, copy.deepcopy(v, memo))
        result.name = self.name + "'"
        return result

tree = Deep("root", [Deep("a"), Deep("b", [Deep("c")])])
t2 = copy.deepcopy(tree)
print(t2.name, [ch.name for ch in t2.children], t2.children[1].children[0].name)
print(t2.children[0].parent is t2, t2.children[1].children[0].parent is t2.children[1])
