for f in [lambda: str(object=b'x'), lambda: str(object=5), lambda: str(object='s'), lambda: str(object=bytearray(b'y'))]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
