l = [1, 2, 3]
m1 = l.__len__
m2 = l.__len__
print(m1 is m2, m1 == m2, m1() == 3)
print(m1.__self__ is l, m1.__name__, m1.__qualname__)
l.append(4)
print(m1())
other = []
print(l.__len__ == other.__len__)
print(list.__len__.__get__(l)())
print(list.__len__.__get__(l, list)())
print(type(list.__len__.__get__(l)).__name__)
g = int.__add__.__get__(10)
print(g(5), g.__self__)
print(dict.__getitem__.__get__({'a': 1})('a'))
print(type(dict.__getitem__.__get__({})).__name__)
print(list.__len__.__get__(None, list) is list.__len__)
f = len
print(f(l) == l.__len__() == list.__len__(l))
print(list.__dict__['__len__'] is list.__len__)
print(hash(m1) == hash(l.__len__))
