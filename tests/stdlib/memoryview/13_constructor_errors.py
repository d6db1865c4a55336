for obj in [1, 'abc', None, [1, 2], 1.5, (b'a',)]:
    try:
        memoryview(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    memoryview()
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(b'a', b'b')
except TypeError as e:
    print(type(e).__name__, e)
print(memoryview(object=b'kw').tobytes())
m = memoryview(b'abc')
m2 = memoryview(m)
print(m2.obj is m.obj, m2.tobytes())
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print(type(e).__name__, e)
