def t(f):
    try: print(repr(f())[:60])
    except Exception as e: print(type(e).__name__, str(e)[:90])
t(lambda: int(b'1', 37))          # bad base
t(lambda: int(b'1', 1))
t(lambda: int(b'9' * 5000))       # str-digits limit
t(lambda: int(b'\xa01'))          # 0xA0 / 0x85 are not whitespace in bytes
t(lambda: int(b'\x851'))
t(lambda: float(b'\xa01'))
t(lambda: int(bytearray(b'x'), 16))  # message shows b'x', not bytearray(b'x')
