import array

for tc in ['x', 'ii', '', 'c', 'w', 1, None, b'i']:
    try:
        array.array(tc)
    except Exception as e:
        print(repr(tc), type(e).__name__, e)
try:
    array.array()
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', [1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', initializer=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    array.array('i', None)
except TypeError as e:
    print(type(e).__name__, e)
