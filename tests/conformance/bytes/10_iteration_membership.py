# iteration and membership
b = b'abcabc'
for x in b:
    print(x, end=' ')
print()
for x in bytearray(b'xyz'):
    print(x, type(x).__name__)
it = iter(b'hi')
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(97 in b, 100 in b, 0 in b'\x00')
print(b'bc' in b, b'cb' in b, b'' in b, b'ca' in b)
print(bytearray(b'ab') in b, b'ab' in bytearray(b'xxab'))
print(99 in bytearray(b'abc'))
print(b'abc' not in b'ab')
for probe in [256, -1, 'a', 1.5, None, [97]]:
    try:
        print(probe in b'a')
    except Exception as e:
        print(repr(probe), type(e).__name__, str(e))
try:
    print(256 in b'')
except ValueError as e:
    print(type(e).__name__, str(e))
try:
    print('a' in bytearray(b'a'))
except TypeError as e:
    print(type(e).__name__, str(e))
total = 0
for i, v in enumerate(b'\x01\x02\x03'):
    total += i * v
print(total)
print([c for c in b'ABC' if c != 66])
print(list(zip(b'ab', b'xy')))
