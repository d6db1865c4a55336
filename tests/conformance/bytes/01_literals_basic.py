# Basic bytes literal forms
a = b''
b = b""
c = b'abc'
d = b"abc"
e = rb'a\nb'
f = br'a\nb'
g = Rb'x\ty'
h = bR"x\ty"
t1 = b'''triple
quoted'''
t2 = b"""another "one" 'here'"""
print(a, b, c, d)
print(len(a), len(b), len(c), len(d))
print(c == d)
print(e, f, len(e), len(f))
print(g, h, len(g), len(h))
print(t1)
print(len(t1))
print(t2)
print(type(a).__name__, type(t1).__name__)
# implicit concatenation
cat = b'ab' b"cd" rb'\e' b'''f'''
print(cat, len(cat))
cat2 = (b'one '
        b'two '
        b'three')
print(cat2)
print(b'x' b'' b'y')
# raw and non-raw non-escape backslashes
print(b'\d', len(b'\d'))
print(rb'\d', len(rb'\d'))
print(b'\q\w\e', len(b'\q\w\e'))
print(b'\d' == rb'\d')
print(rb'\\', len(rb'\\'))
print(b'\\', len(b'\\'))
print(rb'\'', len(rb'\''))
