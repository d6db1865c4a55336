# comparisons, hashing, dict keys and sets
a = b'abc'
ba = bytearray(b'abc')
print(a == ba, ba == a, a != ba)
print(a == b'abc', a == b'abd', a != b'abd')
print(b'abc' < b'abd', b'abc' < b'ab', b'ab' < b'abc', b'' < b'a')
print(b'b' > b'abc', b'abc' >= b'abc', b'abc' <= b'abc')
print(bytearray(b'a') < b'b', b'a' < bytearray(b'b'))
print(bytearray(b'z') > bytearray(b'a'))
print(b'\xff' > b'\x00\x00', b'\x80' > b'\x7f')
print(b'abc' == 'abc', 'abc' == b'abc', b'abc' != 'abc')
print(ba == 'abc')
print(b'1' == 1, b'' == 0, b'' == None)
print(hash(b'abc') == hash(b'abc'))
print(hash(b'ab' + b'c') == hash(b'abc'))
print(hash(bytes(ba)) == hash(a))
try:
    hash(ba)
except TypeError as e:
    print(type(e).__name__, str(e))
for op in ['<', '>', '<=', '>=']:
    try:
        if op == '<':
            r = b'a' < 'b'
        elif op == '>':
            r = b'a' > 'b'
        elif op == '<=':
            r = b'a' <= 1
        else:
            r = bytearray(b'a') >= 'b'
        print(op, r)
    except TypeError as e:
        print(op, type(e).__name__, str(e))
d = {b'key': 1, b'other': 2}
d[b'k' + b'ey'] = 10
print(d)
print(d[bytes(bytearray(b'other'))])
print(b'key' in d, b'nope' in d)
try:
    d[bytearray(b'x')] = 3
except TypeError as e:
    print(type(e).__name__, str(e))
s = {b'a', b'b', b'a', bytes([97])}
print(len(s), sorted(s))
print(b'b' in s, b'z' in s)
try:
    {bytearray(b'q')}
except TypeError as e:
    print(type(e).__name__, str(e))
print(sorted([b'b', b'a', b'ab', b'', b'B']))
print(max([b'x', b'xy', b'w']), min([b'x', b'xy', b'w']))
