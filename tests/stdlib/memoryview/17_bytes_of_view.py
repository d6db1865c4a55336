import array

m = memoryview(bytearray(b'hello world'))
print(bytes(m), bytes(m[6:]), bytes(m[::-2]))
print(bytearray(m[:5]), str(m.tobytes(), 'ascii'))
print(m.tobytes().decode())
print(b''.join([m[:2], m[-2:]]))
print(bytes(memoryview(array.array('H', [0x4142]))))
print(b'hello' in m.tobytes())
print(m[:5].tobytes().upper())
print(bytes(m) is bytes(m))
print(b'xx' + m[:2], bytearray(b'-') + m[:1])
