class B(bytes):
    def __radd__(self, o): return 'B.radd'
    def __rmod__(self, o): return 'B.rmod'
class BA(bytearray):
    def __radd__(self, o): return 'BA.radd'
class S(str):
    def __radd__(self, o): return 'S.radd'
print('a' + S('b'))            # str subclass: reflected first (works)
print(b'a' + B(b'b'))
print(bytearray(b'a') + BA(b'b'))
print(b'a' + BA(b'b'))
print(b'%s' % B(b'x'))
