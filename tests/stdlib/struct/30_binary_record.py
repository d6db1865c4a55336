import struct
# notebook pattern: fixed-size binary records
rec = struct.Struct('<I8sdh')
rows = [(1, b'alice', 3.25, -4), (2, b'bob', 1e10, 7), (3, b'carol-long-name', -0.5, 0)]
blob = b''.join(rec.pack(*r) for r in rows)
print(len(blob), rec.size)
for t in rec.iter_unpack(blob):
    uid, name, score, delta = t
    print(uid, name.rstrip(b'\0').decode(), score, delta)
hdr = struct.pack('>4sHH', b'CELL', 1, len(rows))
magic, ver, n = struct.unpack('>4sHH', hdr)
print(magic, ver, n)
