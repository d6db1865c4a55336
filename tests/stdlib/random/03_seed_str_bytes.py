import random

# Version 2 (the default): str is UTF-8 encoded, bytes used as is, then the SHA-512
# digest is appended and the whole read as a big-endian int.
for s in ['', 'a', 'b', 'hello', 'Hello', 'hello world', 'ünïcødé', '日本語', 'x' * 1000,
          b'', b'a', b'hello', b'\x00\x01\x02', bytes(range(256)),
          bytearray(b''), bytearray(b'hello')]:
    r = random.Random(s)
    print(repr(s)[:40], r.random(), r.randint(1, 10 ** 6))

print(random.Random('hello').random() == random.Random(b'hello').random())
print(random.Random(bytearray(b'abc')).random() == random.Random(b'abc').random())
print(random.Random('é').random() == random.Random('é'.encode()).random())
r = random.Random()
r.seed('spam', version=2)
print(r.random())
r.seed(b'spam', 2)
print(r.random())
