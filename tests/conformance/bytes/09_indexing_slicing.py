# indexing and slicing
b = b'Hello, World'
print(len(b))
print(b[0], b[1], b[-1], b[-2])
print(type(b[0]).__name__)
print(b[0:5], b[7:], b[:5], b[:], b[-5:])
print(b[::2], b[1::2], b[::-1], b[::-2], b[10:2:-3])
print(b[100:], b[5:3], b[-100:3])
print(type(b[0:1]).__name__)
ba = bytearray(b'Hello, World')
print(ba[0], ba[-1], type(ba[0]).__name__)
print(ba[0:5], type(ba[0:5]).__name__)
print(ba[::-1])
print(ba[::3])
for i in [12, -13, 100]:
    try:
        print(b[i])
    except IndexError as e:
        print(i, type(e).__name__, str(e))
    try:
        print(ba[i])
    except IndexError as e:
        print(i, type(e).__name__, str(e))
try:
    print(b['a'])
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    print(b[1.0])
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    print(b[::0])
except ValueError as e:
    print(type(e).__name__, str(e))
print(b[True], b[False])
print(b[slice(1, 4)])
print(b[slice(None, None, -4)])
print(len(b''), len(bytearray()), len(bytes(10)))
