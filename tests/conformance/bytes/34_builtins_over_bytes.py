# builtins applied to bytes
print(ord(b'a'), ord(bytearray(b'a')), ord(b'\xff'), ord(b'\x00'))
print(list(b'abc'), list(bytearray(b'xyz')), list(b''))
print(tuple(bytearray(b'\x01\x02')), tuple(b'hi'))
print(sorted(b'cba'), sorted(b'cba', reverse=True))
print(bytes(sorted(b'hello')))
print(bytes(reversed(b'abc')), bytearray(reversed(bytearray(b'xyz'))))
print(list(reversed(b'abc')))
print(max(b'abc'), min(b'abc'), sum(b'abc'), sum(b''))
print(max(bytearray(b'\x05\xff\x01')), min(b'zZ'))
print(len(b'abc'), any(b'\x00\x00'), any(b'\x00\x01'), all(b'\x01\x02'), all(b'\x01\x00'))
for i, v in enumerate(b'hey'):
    print(i, v, chr(v))
for i, v in enumerate(bytearray(b'ok'), start=10):
    print(i, v)
print(bytes(map(ord, 'round')), ''.join(map(chr, b'trip')))
print(bytes([ord(c) for c in 'ascii']).decode('ascii'))
print(''.join(chr(x) for x in range(65, 70)).encode())
print([chr(x) for x in b'\x41\x7a'])
print(bytes(filter(lambda x: x != 32, b'no spaces here')))
print(dict(zip(b'ab', b'AB')))
print(set(b'aabbc') == {97, 98, 99})
print(list(map(hex, b'\x00\x0f\xff')))
print(bytes(x ^ 0x20 for x in b'Swap'))
print(sum(b'checksum') % 256)
try:
    ord(b'ab')
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    ord(b'')
except TypeError as e:
    print(type(e).__name__, str(e))
print(bool(b''), bool(b'\x00'), bool(bytearray()), bool(bytearray(1)))
print(divmod(len(b'abcdefg'), 3))
