m = memoryview(b'abc')
print(m[0])
m.release()
print(m[0])
