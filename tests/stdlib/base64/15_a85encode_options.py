import base64

samples = [b"", b"a", b"    ", b"        ", b"  ", b"\x00\x00\x00\x00    ab", b"   \x00", b"\x00\x00",
           b"Hello, world! 0123456789", b"    \x00\x00\x00\x00"]
for s in samples:
    print(repr(s))
    print("  foldspaces", base64.a85encode(s, foldspaces=True))
    print("  pad       ", base64.a85encode(s, pad=True))
    print("  pad+fold  ", base64.a85encode(s, pad=True, foldspaces=True))
    print("  adobe     ", base64.a85encode(s, adobe=True))
    for w in [1, 2, 3, 5, 7, 10, -4]:
        print("  wrap", w, base64.a85encode(s, wrapcol=w), base64.a85encode(s, wrapcol=w, adobe=True))
for bad in [2.5, "3", None]:
    try:
        print(base64.a85encode(b"abcdefgh", wrapcol=bad))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
try:
    base64.a85encode(b"abc", 5)
except Exception as e:
    print(type(e).__name__, e)
