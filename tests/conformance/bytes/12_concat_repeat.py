# + and * on bytes and bytearray
a = b'ab'
b = b'cd'
print(a + b, type(a + b).__name__)
print(a + bytearray(b'xy'), type(a + bytearray(b'xy')).__name__)
print(bytearray(b'xy') + a, type(bytearray(b'xy') + a).__name__)
print(bytearray(b'1') + bytearray(b'2'))
print(a + b'', b'' + b'')
print(a * 3, 3 * a, a * 0, a * -2, a * 1)
print(bytearray(b'z') * 4, 2 * bytearray(b'ok'), bytearray(b'q') * -1)
print(type(bytearray(b'z') * 2).__name__)
print(b'-' * 10)
print((b'ab' + b'c') * 2)
print(a * True, a * False)
def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, str(e))
show(lambda: b'a' + 'b')
show(lambda: 'a' + b'b')
show(lambda: bytearray(b'a') + 'b')
show(lambda: b'a' + 1)
show(lambda: b'a' + [1])
show(lambda: b'a' * 1.5)
show(lambda: b'a' * b'a')
show(lambda: b'a' - b'a')
show(lambda: bytearray(b'a') + None)
show(lambda: 'x' + bytearray(b'y'))
parts = []
for i in range(5):
    parts.append(bytes([48 + i]) * (i + 1))
print(parts)
acc = b''
for p in parts:
    acc = acc + p
print(acc, len(acc))
