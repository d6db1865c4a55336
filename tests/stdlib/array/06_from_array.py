import array

a = array.array('i', [1, 2, 3])
b = array.array('i', a)
b[0] = 99
print(a, b)
print(array.array('d', a))
print(array.array('q', array.array('b', [-1, -2])))
try:
    print(array.array('b', array.array('i', [1000])))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    array.array('i', array.array('d', [1.5]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('u', array.array('i', [65]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', array.array('u', 'ab'))
except TypeError as e:
    print(type(e).__name__, e)
print(array.array('u', array.array('u', 'xy')))
