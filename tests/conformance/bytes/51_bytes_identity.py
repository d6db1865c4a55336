x = b'ab'
# CPython returns the same object for an exact bytes: full slice, bytes(x), x*1
print(x[:] is x, bytes(x) is x, x[0:2] is x, x * 1 is x)
