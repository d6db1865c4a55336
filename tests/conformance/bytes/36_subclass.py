# subclassing bytes and bytearray
class B(bytes):
    def shout(self):
        return self.upper() + b'!'
    def __repr__(self):
        return 'B(' + bytes.__repr__(self) + ')'

class Tagged(bytes):
    def __new__(cls, data, tag):
        obj = bytes.__new__(cls, data)
        obj.tag = tag
        return obj

class BA(bytearray):
    def push(self, value):
        self.append(value)
        return self
    def total(self):
        return sum(self)

x = B(b'hello')
print(repr(x), x, len(x))
print(x.shout(), type(x.shout()).__name__)
print(x == b'hello', isinstance(x, bytes), type(x).__name__)
print(x[0], x[1:3], type(x[1:3]).__name__)
print(type(x + b'!').__name__, type(x.upper()).__name__)
print(hash(x) == hash(b'hello'))
print({x: 1}[b'hello'])
print(B(3), B([65, 66]), B('zz', 'ascii'))
print(bytes(x), type(bytes(x)).__name__)
t = Tagged(b'abc', 'label')
print(t, t.tag, t == b'abc', len(t))
y = BA(b'ab')
print(y, type(y).__name__, isinstance(y, bytearray))
y.push(99).push(100)
print(y, y.total())
y[0] = 90
print(y, y == b'Zbcd')
print(type(y[:2]).__name__, type(y.copy()).__name__)
y += b'e'
print(y, type(y).__name__)
print(issubclass(BA, bytearray), issubclass(B, bytes), issubclass(B, bytearray))
class Len(bytes):
    def __len__(self):
        return 42
print(len(Len(b'ab')), bytes(Len(b'ab')))
