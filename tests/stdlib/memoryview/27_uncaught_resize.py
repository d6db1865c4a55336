ba = bytearray(b'abc')
m = memoryview(ba)
print(len(m))
ba.extend(b'def')
