# str(), repr, format, f-strings with bytes
b = b'data\n'
ba = bytearray(b"it's")
print(str(b), repr(b), str(b) == repr(b))
print(str(ba), repr(ba))
print(f'{b!r}', f'{b}', f'{b!s}', f'{b!a}')
print(f'{ba}', f'{ba!r}')
print(format(b'x', ''), format(ba, ''))
print('{} and {!r}'.format(b'one', b'two'))
print('%s %r' % (b'pct', b'pct'))
print(b'x')
print(b'x', bytearray(b'y'), sep='|')
print([b'a', bytearray(b'b'), (b'c', {b'd': [b'e']})])
print({b'k': bytearray(b'v')})
print((b'single',))
print(str([b'\x00', b'\\']))
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray))
print(isinstance(b'', (str, bytes)), isinstance('', bytes))
print(type(b'').__name__, type(bytearray()).__name__, bytes.__name__, bytearray.__name__)
print(type(b'') is bytes, type(bytearray()) is bytearray)
print(issubclass(bytearray, bytes), issubclass(bytes, object), issubclass(bool, int))
print(str(bytes), str(bytearray))
try:
    format(b'x', 's')
except TypeError as e:
    print(type(e).__name__, str(e))
try:
    f'{b:>10}'
except TypeError as e:
    print(type(e).__name__, str(e))
print(f'{len(b)} bytes: {b.hex()}')
print(f'{b.decode().strip()!r:>10}|')
print(str(b'abc', 'ascii'), str(bytearray(b'xyz'), 'utf-8'), str(b'\xe9', 'latin-1'))
print(str(b'a\xffb', 'utf-8', 'replace'))
print(ascii(b'\xff'), ascii(bytearray(b'z')))
