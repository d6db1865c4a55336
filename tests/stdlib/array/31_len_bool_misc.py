import array

print(bool(array.array('i')), bool(array.array('i', [0])))
a = array.array('l', [3, 1, 2])
print(len(a), a.itemsize * len(a))
a[1] = -7
a[-1] += 10
print(a)
print(a.__len__(), a.__getitem__(0), a.__contains__(3))
print(sorted(n for n in dir(a) if not n.startswith('_')))
print(isinstance(a, object), array.array.__doc__ is not None)
try:
    array.array('i', [1]).tofile
    print('has tofile')
except AttributeError as e:
    print(type(e).__name__, e)
print(array.array('u', 'x').__class__)
