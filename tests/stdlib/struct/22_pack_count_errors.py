import struct
for fmt, args in [('2h', (1,)), ('h', (1, 2)), ('', (1,)), ('3s', ()), ('2x', (0,)), ('ih', (1, 2, 3))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, e)
try:
    struct.pack()
except TypeError as e:
    print('TypeError', e)
s = struct.Struct('<2i')
try:
    s.pack(1)
except struct.error as e:
    print(e)
