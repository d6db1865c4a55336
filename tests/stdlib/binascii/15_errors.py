import binascii

print(binascii.Error, binascii.Incomplete)
print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(binascii.Error.__module__, binascii.Error.__name__, binascii.Error.__qualname__)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, ValueError))
try:
    binascii.unhexlify(b"0")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e, e.args)
try:
    binascii.a2b_base64(b"abcde")
except binascii.Error as e:
    print("caught:", repr(e))
e = binascii.Error("custom", 1)
print(e.args, str(e))
print(repr(binascii.Incomplete("x")))
print(sorted(n for n in dir(binascii) if not n.startswith("_")))
