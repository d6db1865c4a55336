import warnings

print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 10)))
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 10, '   the line   ')))
print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 10, '')))
print(repr(warnings.formatwarning(UserWarning('inst'), DeprecationWarning, 'f', 0, 'x')))
print(repr(warnings.formatwarning('m', RuntimeWarning, '<string>', 1)))
print(repr(warnings.formatwarning('m', RuntimeWarning, '<stdin>', 3)))
print(repr(warnings.formatwarning('m', RuntimeWarning, '/no/such/file.py', 3)))
print(repr(warnings.formatwarning('m', RuntimeWarning, '', 3)))
print(repr(warnings.formatwarning('m', RuntimeWarning, None, 3)))
print(repr(warnings.formatwarning('m', RuntimeWarning, 5, 'src')))
# this very file: the source line is read from it (line 14 below)
text = warnings.formatwarning('here', UserWarning, __file__, 14)
print(repr(text.replace(__file__, 'THIS')))
print(repr(warnings.formatwarning('far', UserWarning, __file__, 10000).replace(__file__, 'THIS')))
print(repr(warnings.formatwarning('zero', UserWarning, __file__, 0).replace(__file__, 'THIS')))
print(repr(warnings.formatwarning('neg', UserWarning, __file__, -1).replace(__file__, 'THIS')))
print(repr(warnings.formatwarning('str lineno', UserWarning, __file__, '2').replace(__file__, 'THIS')))


class Odd(Warning):
    pass


Odd.__name__ = 'Renamed'
print(repr(warnings.formatwarning('m', Odd, 'f.py', 1, 'l')))
try:
    warnings.formatwarning('m', None, 'f.py', 1)
except AttributeError as e:
    print(type(e).__name__)
