import struct
for fmt, v in [('<f', 1e300), ('>f', -1e39), ('<f', 3.4028235677973366e38), ('<f', 3.4028235677973362e38),
               ('<e', 65520.0), ('>e', 1e10), ('e', -70000.0), ('<e', 65519.99), ('f', 1e300), ('d', 1e308)]:
    try:
        print(fmt, repr(v), struct.pack(fmt, v).hex())
    except Exception as e:
        print(fmt, repr(v), type(e).__name__, e)
