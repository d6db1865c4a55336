# a few small algorithms over bytes
def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)

def rle_decode(data):
    out = bytearray()
    for k in range(0, len(data), 2):
        out += bytes([data[k + 1]]) * data[k]
    return bytes(out)

def xor(data, key):
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))

def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

samples = [b'', b'a', b'aaabbbcccd', b'\x00' * 5 + b'\xff' * 3, b'abcabc']
for s in samples:
    enc = rle_encode(s)
    print(s, enc, rle_decode(enc) == s)
msg = b'Attack at dawn!'
key = b'k3y'
c = xor(msg, key)
print(c.hex(), xor(c, key))
print(adler32(b'Wikipedia'), hex(adler32(b'Wikipedia')))
print(adler32(b''), adler32(bytes(range(256))))
words = b'the quick brown fox jumps over the lazy dog the end'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w in sorted(counts):
    print(w, counts[w])
csv = b'name,age\nann,31\nbob,27\n'
rows = [line.split(b',') for line in csv.splitlines()]
print(rows)
print(sum(int(r[1]) for r in rows[1:]))
hexdump = b' '.join(b'%02x' % x for x in b'Hi!\n')
print(hexdump)
print(b'|'.join(x.capitalize() for x in b'a bb ccc'.split()))
