import struct
struct.unpack('<i', b'ab')
