import random

# Version 1: the old string hashing, narrower but still deterministic.
r = random.Random()
for s in ['', 'a', 'ab', 'hello', 'ÿ', 'ü' * 3, 'long string ' * 20,
          b'', b'a', b'hello', b'\xff\xfe', b'\x00']:
    r.seed(s, version=1)
    print(repr(s)[:30], r.random(), r.randrange(100))

# bytes and str with the same latin-1 characters agree
r.seed('\xe9t\xe9', version=1)
a = r.random()
r.seed(b'\xe9t\xe9', version=1)
print(a == r.random())
# ints and floats ignore the version
r.seed(42, version=1)
a = r.random()
r.seed(42)
print(a == r.random())
r.seed(2.5, version=1)
a = r.random()
r.seed(2.5)
print(a == r.random())
# bytearray is not hashed the old way: it falls through to hashing, which fails
try:
    r.seed(bytearray(b'ab'), version=1)
except TypeError as e:
    print(type(e).__name__, e)
