import struct
for order in '=<>!':
    print(order, [struct.calcsize(order + c) for c in 'cbB?hHiIlLqQefdsx'])
    print(order, struct.calcsize(order + 'bi'), struct.calcsize(order + 'cq'), struct.calcsize(order + 'bhbhbq'))
