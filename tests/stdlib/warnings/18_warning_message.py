import warnings

m = warnings.WarningMessage('text', UserWarning, 'f.py', 3)
print(m.message, m.category, m.filename, m.lineno, m.file, m.line, m.source)
print(m._category_name, warnings.WarningMessage._WARNING_DETAILS)
print(str(m))
m2 = warnings.WarningMessage(UserWarning('x'), UserWarning, 'g.py', 4, None, 'line text', 'src')
print(str(m2))
print(m2.source, m2.line)
m3 = warnings.WarningMessage('t', None, 'h.py', 5)
print(m3._category_name, str(m3))
print(repr(m) == object.__repr__(m))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('recorded', FutureWarning)
w = log[0]
print(str(w).replace(repr(__file__), 'THIS'))
print(w.message.__class__.__name__, w._category_name)
try:
    warnings.WarningMessage('a', UserWarning)
except TypeError as e:
    print(type(e).__name__, e)
