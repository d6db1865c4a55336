import struct
for f in ['c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'e', 'f', 'd',
          's', 'p', 'x', '10s', '0s', 'ci', 'bi', 'b0i', 'bq', 'hd', 'cxh', 'ih', 'iq', '3c2i', 'bhbhbq', '@bi']:
    print(repr(f), struct.calcsize(f))
