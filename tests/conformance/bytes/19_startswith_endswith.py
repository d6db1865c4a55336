# startswith / endswith
b = b'hello world'
print(b.startswith(b'hello'), b.startswith(b'world'), b.startswith(b''))
print(b.endswith(b'world'), b.endswith(b'hello'), b.endswith(b''))
print(b.startswith((b'x', b'he')), b.startswith((b'x', b'y')), b.startswith(()))
print(b.endswith((b'ld', b'zz')), b.endswith((b'q',)))
print(b.startswith(b'world', 6), b.startswith(b'wor', 6, 8), b.startswith(b'wo', 6, 8))
print(b.endswith(b'hello', 0, 5), b.endswith(b'lo', 0, 5), b.endswith(b'o', -7, -5))
print(b.startswith(b'lo', -8), b.endswith(b'd', 100))
print(b.startswith(bytearray(b'hel')), bytearray(b).endswith(b'rld'))
print(bytearray(b).startswith((bytearray(b'h'), b'q')))
print(b''.startswith(b''), b''.endswith(b'a'))
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e))
attempt('str', lambda: b.startswith('h'))
attempt('str tuple', lambda: b.startswith(('h',)))
attempt('int', lambda: b.endswith(100))
attempt('list', lambda: b.startswith([b'h']))
attempt('ba str', lambda: bytearray(b).endswith('d'))
files = [b'a.txt', b'b.py', b'c.PY', b'd.txt.bak', b'e.py']
print([f for f in files if f.endswith(b'.py')])
print([f for f in files if f.endswith((b'.txt', b'.bak'))])
print([f for f in files if f.lower().endswith(b'.py')])
