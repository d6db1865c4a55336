import array

m = memoryview(b'abc')
for op in [lambda: m.__setitem__(0, 1), lambda: m.__setitem__(slice(0, 1), b'x'),
           lambda: m.__delitem__(0)]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
w = memoryview(bytearray(b'abc'))
try:
    del w[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    w[0:1] = memoryview(array.array('i', [1]))
except ValueError as e:
    print(type(e).__name__, e)
w[0:2] = memoryview(b'QR')
print(w.tobytes())
w[::2] = b'12'
print(w.tobytes())
