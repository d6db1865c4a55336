import reprlib


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        "node repr"
        return "Node(%s, %r)" % (self.name, self.children)


a = Node("a")
b = Node("b")
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a))
print(repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)
print(Node.__repr__.__module__, hasattr(Node.__repr__, "__wrapped__"))


class MyList(list):
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return "MyList" + list.__repr__(self)


m = MyList([1, 2])
m.append(m)
print(repr(m))
print(str([m, m]))


class Annotated:
    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        return "Annotated"


print(Annotated.__repr__.__annotations__, repr(Annotated()))

# an exception inside the repr does not leave the object marked as running
class Flaky:
    fail = True

    @reprlib.recursive_repr()
    def __repr__(self):
        if Flaky.fail:
            Flaky.fail = False
            raise ValueError("flaky")
        return "Flaky ok"


f = Flaky()
try:
    repr(f)
except ValueError as e:
    print("ValueError", e)
print(repr(f))

# distinct objects are not confused with each other
x = Node("x")
y = Node("y")
x.children.append(y)
print(repr(x))


def plain(self):
    return "plain"


wrapped = reprlib.recursive_repr("?")(plain)
print(wrapped(1), wrapped.__name__)
