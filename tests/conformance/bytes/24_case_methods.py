# case methods
samples = [b'hello world', b'HELLO World', b"they're bill's", b'abc123def',
           b'\xe9t\xe9 caf\xc9', b'', b'mIxEd CaSe', b'a1b2 c3', b'hello-world_foo']
for s in samples:
    print(repr(s))
    print('  upper     ', s.upper())
    print('  lower     ', s.lower())
    print('  swapcase  ', s.swapcase())
    print('  title     ', s.title())
    print('  capitalize', s.capitalize())
ba = bytearray(b'Mixed Case')
print(ba.upper(), ba.lower(), ba.swapcase(), ba.title(), ba.capitalize())
print(type(ba.upper()).__name__)
print(ba)
print(b'ABC'.lower() == b'abc', b'abc'.upper() == bytearray(b'ABC'))
