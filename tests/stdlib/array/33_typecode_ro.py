import array

a = array.array('i', [1])
for attr in ('typecode', 'itemsize'):
    try:
        setattr(a, attr, 'd')
    except AttributeError as e:
        print(attr, type(e).__name__, e)
print(a.typecode, a.itemsize)
print(array.array.typecode.__class__.__name__)
