# repr choosing quotes
cases = [
    b"'",
    b'"',
    b'\'"',
    b"it's",
    b'say "hi"',
    b'both \' and "',
    b'',
    b'plain',
    b"''",
    b'""',
]
for c in cases:
    print(repr(c))
    print(c)
for c in cases:
    print(repr(bytearray(c)))
print([b"'", b'"'])
print((b'\'"',))
print({b"it's": b'"q"'})
print(eval(repr(b'\'"')) == b'\'"')
print(eval(repr(bytes(range(256)))) == bytes(range(256)))
