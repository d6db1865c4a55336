import array

a = array.array('i', [5, 6, 7])
for x in a:
    print(x, end=' ')
print()
it = iter(a)
print(type(it).__name__, next(it))
a.append(8)
print(list(it))
print(6 in a, 9 in a, 6.0 in a, 'x' in a, None in a)
d = array.array('d', [0.5])
print(0.5 in d, 1 in d)
print(list(enumerate(array.array('u', 'ab'))))
print(sorted(array.array('h', [3, 1, 2])), max(a), min(a))
print(dict(zip(array.array('u', 'ab'), array.array('i', [1, 2]))))
e = iter(array.array('i'))
print(next(e, 'empty'))
