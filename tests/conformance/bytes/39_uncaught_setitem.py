# bytearray item assignment with an out-of-range value (uncaught ValueError)
buf = bytearray(b'\x00' * 6)
print(buf, len(buf))
values = [10, 100, 200, 250, 255, 300]
print(bytes(values[:5]))
for i, v in enumerate(values):
    print('set', i, v)
    buf[i] = v
    print(buf, sum(buf))
print('not reached')
