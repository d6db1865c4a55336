for f in [lambda: 'a\ud800b'.encode(), lambda: 'a\udc80b'.encode('ascii', 'surrogateescape'), lambda: b'a\xffb'.decode('utf-8', 'surrogateescape'), lambda: len('\ud800')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
