# bytes constructor errors
def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, str(e))

attempt('neg', lambda: bytes(-1))
attempt('big item', lambda: bytes([256]))
attempt('neg item', lambda: bytes([-1]))
attempt('str no enc', lambda: bytes('x'))
attempt('float', lambda: bytes(1.5))
attempt('float item', lambda: bytes([1.0]))
attempt('str item', lambda: bytes(['a']))
attempt('none', lambda: bytes(None))
attempt('enc no str', lambda: bytes(b'x', 'utf-8'))
attempt('int enc', lambda: bytes(5, 'utf-8'))
attempt('bad enc', lambda: bytes('x', 'foo'))
attempt('errors only', lambda: bytes('x', errors='strict'))
attempt('ascii strict', lambda: bytes('é', 'ascii'))
attempt('mixed', lambda: bytes([1, 2, 300]))
attempt('object', lambda: bytes(object()))
attempt('fromhex bad', lambda: bytes.fromhex('zz'))
attempt('fromhex odd', lambda: bytes.fromhex('abc'))
attempt('fromhex int', lambda: bytes.fromhex(12))
attempt('ok', lambda: bytes([0, 255]))
