ba = bytearray(b'abc')
m = memoryview(ba)
m.release()
m.release()
for op in ('len', 'getitem', 'tobytes', 'tolist', 'format', 'nbytes', 'obj', 'hex', 'bytes'):
    try:
        if op == 'len':
            len(m)
        elif op == 'getitem':
            m[0]
        elif op == 'tobytes':
            m.tobytes()
        elif op == 'tolist':
            m.tolist()
        elif op == 'format':
            m.format
        elif op == 'nbytes':
            m.nbytes
        elif op == 'obj':
            m.obj
        elif op == 'hex':
            m.hex()
        else:
            bytes(m)
        print(op, 'ok')
    except ValueError as e:
        print(op, type(e).__name__, e)
print(repr(m).startswith('<released memory'))
ba.append(1)
print(ba)
print(m == m, m == b'abc')
try:
    hash(m)
except ValueError as e:
    print(type(e).__name__, e)
