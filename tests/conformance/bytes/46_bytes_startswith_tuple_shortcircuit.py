for f in [lambda: 'a'.startswith(('a', 1)), lambda: b'a'.startswith((b'a', 1)), lambda: b'a'.endswith((b'a', 1))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
