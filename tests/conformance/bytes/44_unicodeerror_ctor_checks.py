for args in [('utf-8', 'abc', 1, 2, 'r'), ('utf-8',), ('utf-8', b'abc', 'x', 2, 'r')]:
    try:
        e = UnicodeDecodeError(*args)
        print('created', repr(e))
        print(str(e))
    except Exception as ex:
        print(type(ex).__name__, ex)
e = UnicodeDecodeError('utf-8', bytearray(b'abc'), 1, 2, 'r')
print(type(e.object).__name__)
try:
    e = UnicodeEncodeError('ascii', b'abc', 1, 2, 'r')
    print('created', repr(e)); print(str(e))
except Exception as ex:
    print(type(ex).__name__, ex)
