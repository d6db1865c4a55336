# Escape sequences in bytes literals
items = [
    b'\x41',
    b'\x7f\x80\xff',
    b'\n',
    b'\t',
    b'\r',
    b'\\',
    b'\'',
    b"\"",
    b'\101\102\103',
    b'\0',
    b'\00',
    b'\000',
    b'\0a',
    b'\7',
    b'\a\b\f\v',
    b'\377',
    b'\x00\x01',
    b'line1\
line2',
]
for i, x in enumerate(items):
    print(i, x, len(x), list(x))
print(b'\x41\x42' == b'AB')
print(b'\101' == b'A')
print(b'\0' == bytes(1))
print(b'\x0a' == b'\n')
print(b'\x09' == b'\t')
print(b'\n'[0], b'\t'[0], b'\r'[0], b'\\'[0], b'\''[0])
print(b'\1234')
print(b'\x414')
