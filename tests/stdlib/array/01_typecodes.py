import array

print(array.typecodes)
for tc in array.typecodes:
    a = array.array(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a))
print(type(array.typecodes).__name__)
print(array.array.__name__, array.array.__module__)
print(array.ArrayType is array.array)
