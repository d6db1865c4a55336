# repr of every byte value
allb = bytes(range(256))
print(repr(allb))
print(len(repr(allb)))
for i in range(0, 256, 16):
    chunk = bytes(range(i, i + 16))
    print(i, repr(chunk))
for i in [0, 7, 8, 9, 10, 11, 12, 13, 27, 31, 32, 34, 39, 92, 126, 127, 128, 255]:
    print(i, repr(bytes([i])), str(bytes([i])))
print(repr(bytearray(range(0, 256, 17))))
