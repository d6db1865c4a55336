import array

for tc in "bBhHiIlLqQfd":
    m = memoryview(array.array(tc, [1]))
    print(tc, m.format, m.itemsize, m.tolist())
b = bytearray(16)
for fmt in "bBhHiIlLqQfd?c":
    m = memoryview(b).cast(fmt)
    print(fmt, m.format, m.itemsize, len(m))
