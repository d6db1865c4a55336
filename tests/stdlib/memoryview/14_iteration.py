import array

m = memoryview(b'xyz')
print(list(m), [x for x in m], 121 in m, 200 in m)
it = iter(m)
print(type(it).__name__, next(it), list(it))
print(list(memoryview(array.array('h', [-1, 5]))))
print(list(memoryview(array.array('d', [0.25]))))
print(list(memoryview(b'ab').cast('c')))
print(sum(memoryview(bytes(range(10)))))
print(list(reversed(memoryview(b'abc'))))
print(list(enumerate(memoryview(b'hi'))))
