import struct
s = struct.Struct('<ihd')
print(s.format, s.size, type(s.format).__name__)
b = s.pack(1, 2, 3.5)
print(b, s.unpack(b))
print(struct.Struct(b'>i').format, struct.Struct(format='h').size)
print(type(s).__name__, struct.Struct, struct.error, struct.error.__module__)
print(issubclass(struct.error, Exception))
for bad in [5, None]:
    try:
        struct.Struct(bad)
    except TypeError as e:
        print(e)
try:
    struct.Struct()
except TypeError as e:
    print(e)
try:
    struct.Struct('z')
except struct.error as e:
    print(e)
try:
    s.format = 'i'
except AttributeError:
    print('AttributeError')
