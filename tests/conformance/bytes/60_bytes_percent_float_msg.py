for f in [lambda: b'%f' % b'x', lambda: b'%e' % None, lambda: b'%i' % 'x', lambda: b'%d' % 'x']:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
