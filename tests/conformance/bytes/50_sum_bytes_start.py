for f in [lambda: sum([b'a', b'b'], b''), lambda: sum([bytearray(b'a')], bytearray())]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
