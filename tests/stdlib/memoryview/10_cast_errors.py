m = memoryview(bytearray(6))
def attempt(*args):
    try:
        r = m.cast(*args)
        print(args, 'ok', r.format, r.shape)
    except Exception as e:
        print(args, type(e).__name__, e)

attempt('I')
attempt('H')
attempt('Z')
attempt('ii')
attempt(1)
attempt('B', [4])
attempt('B', [2, 3])
attempt('B', (3, 2))
attempt('B', 6)
attempt('c')
i = memoryview(bytearray(8)).cast('I')
try:
    i.cast('H')
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[::2].cast('H')
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.cast()
except TypeError as e:
    print(type(e).__name__, e)
