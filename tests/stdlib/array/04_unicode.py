import array

u = array.array('u', 'hello')
print(u, len(u), u[0], u.tounicode())
print(repr(array.array('u')))
print(array.array('u', ['a', 'b']))
u.fromunicode(' world')
print(u)
print(u.tounicode().upper())
try:
    u.fromunicode(b'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', [1]).fromunicode('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    array.array('i', [1]).tounicode()
except ValueError as e:
    print(type(e).__name__, e)
try:
    array.array('u', ['ab'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('u', [1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', 'abc')
except TypeError as e:
    print(type(e).__name__, e)
print(u.itemsize)
u[0] = 'H'
print(u.tounicode())
print(array.array('u', '\u00e9\u4e2d'))
