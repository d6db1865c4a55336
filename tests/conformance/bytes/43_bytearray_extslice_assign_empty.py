x = bytearray(b'abcdef')
try:
    x[::3] = b''
    print(x)
except Exception as e:
    print(type(e).__name__, e)
