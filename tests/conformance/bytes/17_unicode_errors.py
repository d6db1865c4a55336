# UnicodeDecodeError / UnicodeEncodeError details
def dec(data, enc):
    try:
        print('ok', data.decode(enc))
    except UnicodeDecodeError as e:
        print(type(e).__name__)
        print(' str:', str(e))
        print(' enc:', e.encoding, 'start:', e.start, 'end:', e.end)
        print(' reason:', e.reason)
        print(' object:', e.object)
        print(' isinstance ValueError:', isinstance(e, ValueError), isinstance(e, UnicodeError))

def enc(text, encoding):
    try:
        print('ok', text.encode(encoding))
    except UnicodeEncodeError as e:
        print(type(e).__name__)
        print(' str:', str(e))
        print(' enc:', e.encoding, 'start:', e.start, 'end:', e.end)
        print(' reason:', e.reason)
        print(' object:', repr(e.object))

dec(b'abc\xff', 'utf-8')
dec(b'\xc3', 'utf-8')
dec(b'\xc3\x28', 'utf-8')
dec(b'ab\x80cd', 'ascii')
dec(b'\xe2\x82', 'utf-8')
dec(b'ok', 'ascii')
dec(bytearray(b'x\xfey'), 'utf-8')
enc('héllo', 'ascii')
enc('abc€', 'latin-1')
enc('€€x', 'ascii')
enc('plain', 'ascii')
enc('a\U0001F600', 'latin-1')
for name in ['foo', 'utf-9', '']:
    try:
        'x'.encode(name)
    except LookupError as e:
        print(type(e).__name__, str(e))
    try:
        b'x'.decode(name)
    except LookupError as e:
        print(type(e).__name__, str(e))
try:
    b'\xff'.decode('utf-8', 'bogus')
except LookupError as e:
    print(type(e).__name__, str(e))
try:
    b'ok'.decode(5)
except TypeError as e:
    print(type(e).__name__, str(e))
