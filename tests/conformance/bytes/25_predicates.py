# is* predicates
names = ['isalpha', 'isdigit', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isascii']
samples = [b'', b'abc', b'ABC', b'Abc', b'123', b'abc123', b' \t\n', b'\x0b\x0c\r',
           b'Hello World', b'Hello world', b'HELLO 1', b'\xe9', b'\x7f', b'a b',
           b'A1', b'1a', b'12.5', b'\x1c', b'Ab Cd1']
for s in samples:
    row = []
    for n in names:
        row.append('1' if getattr(s, n)() else '0')
    print(repr(s).ljust(16), ' '.join(row))
for s in [b'abc', b'Title Case', b' ']:
    ba = bytearray(s)
    print(ba, ba.isalpha(), ba.istitle(), ba.isspace(), ba.isascii(), ba.islower())
print(b'abc'.isalpha() and b'ABC'.isupper())
print(bytes(range(128)).isascii(), bytes(range(129)).isascii())
