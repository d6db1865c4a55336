# center / ljust / rjust / zfill
b = b'abc'
print(b.center(9), b.center(9, b'*'), b.center(2), b.center(8, b'-'))
print(b.ljust(6) + b'|', b.ljust(6, b'.'), b.ljust(1))
print(b.rjust(6), b.rjust(6, b'0'), b.rjust(-1))
print(b'ab'.center(5, b'x'), b'ab'.center(6, b'x'), b'a'.center(4, b'x'))
print(b''.center(3, b'#'))
print(bytearray(b'mid').center(7, b'='), type(bytearray(b'm').center(3)).__name__)
print(bytearray(b'x').ljust(3, bytearray(b'_')), bytearray(b'x').rjust(3, b'_'))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b'42'.zfill(1))
print(b''.zfill(3), b'-'.zfill(3), b'abc'.zfill(6), b'+'.zfill(2))
print(bytearray(b'7').zfill(3))
def attempt(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, str(e))
attempt(lambda: b.center(9, '*'))
attempt(lambda: b.center(9, b'**'))
attempt(lambda: b.ljust(9, b''))
attempt(lambda: b.rjust(9, 42))
attempt(lambda: b.zfill('5'))
attempt(lambda: b.center(2.5))
rows = [(b'apple', 3), (b'kiwi', 12), (b'banana', 150)]
for name, qty in rows:
    print(name.ljust(8, b'.') + str(qty).encode().rjust(5))
