import collections
import collections.abc
import functools

@functools.singledispatch
def shape(x):
    return "scalar"

@shape.register(collections.abc.Mapping)
def _(x):
    return "mapping of " + str(len(x))

@shape.register(collections.abc.Sequence)
def _(x):
    return "sequence of " + str(len(x))

@shape.register(str)
def _(x):
    return "text"

print(shape({"a": 1}))
print(shape(collections.OrderedDict(a=1, b=2)))
print(shape([1, 2, 3]))
print(shape((1,)))
print(shape(range(4)))
print(shape("abc"))
print(shape(3.5))
print(shape({1, 2}))

# a user class registered as a virtual subclass
class Table:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return i
    def __iter__(self):
        return iter(range(self.n))
    def __contains__(self, x):
        return 0 <= x < self.n
    def keys(self):
        return range(self.n)
print(shape(Table(2)))
collections.abc.Mapping.register(Table)
print(shape(Table(2)))

# an explicit registration beats the ABC
@shape.register(list)
def _(x):
    return "a real list"
print(shape([1]), shape((1, 2)))
print(shape.dispatch(dict) is shape.dispatch(collections.OrderedDict))
print(shape.dispatch(bytes)(b"xy"))
