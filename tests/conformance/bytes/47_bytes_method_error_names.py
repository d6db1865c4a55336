for f in [lambda: b'a'.replace(b'a', b'b', count=1), lambda: b'a'.upper(1), lambda: bytearray(b'a').append(item=1),
          lambda: b'a'.join(), lambda: b'ab'.hex(1), lambda: b'ab'.hex([]), lambda: 'a'.encode(None),
          lambda: b'%d'.__rmod__(1), lambda: b'a'.__ge__(bytearray(b'a')), lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'),
          lambda: bytes(2**70), lambda: bytearray(b'a').insert(2**70, 1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
