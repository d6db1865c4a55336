import array

for a in [array.array('i', [1, 2]), array.array('u', 'ab'), array.array('d'),
          array.array('u'), array.array('f', [0.1]), array.array('d', [0.1, -0.0, 1e100]),
          array.array('B', b'ab'), array.array('u', "it's\n")]:
    print(repr(a), str(a), '%s' % a, f'{a!r}')
print([array.array('b', [1])])
print(format(array.array('h', [1])))
print(ascii(array.array('u', '\u00e9')))
