a = [1, 2]
print(list.__eq__(a, [1, 2]), list.__ne__(a, [1, 2]))
print(list.__lt__(a, [1, 3]), list.__le__(a, [1]), list.__gt__(a, [1]), list.__ge__(a, [1, 2]))
print(list.__lt__(a, (1, 3)))
b = a
r = a.__imul__(2)
print(r is a, a, b)
a.__imul__(0)
print(a, b)
a.__iadd__(range(3))
print(a)
a.__iadd__('xy')
print(a)
try:
    a.__iadd__(5)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
print(hasattr(t, '__iadd__'), hasattr([], '__iadd__'))
t += (2,)
print(t)
l = [3, 1, 2]
l.__setitem__(slice(None), sorted(l))
print(l)
l.__delitem__(slice(None, None, 2))
print(l)
try:
    l.__setitem__(slice(None, None, 2), [1, 2, 3])
except ValueError as e:
    print(type(e).__name__, e)
