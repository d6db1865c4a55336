ba = bytearray(b'xyz')
with memoryview(ba) as m:
    print(m.tobytes(), m[0])
    try:
        ba.append(1)
    except BufferError as e:
        print(type(e).__name__, e)
try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)
ba.append(33)
print(ba)
with memoryview(b'q') as m2:
    r = m2.__enter__()
    print(r is m2)
print(m2.__exit__(None, None, None))
try:
    with m2:
        pass
except ValueError as e:
    print(type(e).__name__, e)
