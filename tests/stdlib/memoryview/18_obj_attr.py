import array

b = b'abc'
ba = bytearray(b'abc')
a = array.array('i', [1])
print(memoryview(b).obj is b, memoryview(ba).obj is ba, memoryview(a).obj is a)
m = memoryview(ba)
print(m[1:].obj is ba, m.cast('B').obj is ba, memoryview(m).obj is ba)
print(type(memoryview(b).obj).__name__)
for attr in ('obj', 'format', 'readonly', 'nbytes'):
    try:
        setattr(m, attr, None)
    except AttributeError as e:
        print(attr, type(e).__name__, e)
