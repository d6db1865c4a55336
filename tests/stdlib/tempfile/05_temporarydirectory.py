import os
import tempfile

with tempfile.TemporaryDirectory(dir='.') as d:
    print(type(d).__name__, d.startswith('./tmp'), os.path.isdir(d))
    os.makedirs(os.path.join(d, 'a', 'b'))
    with open(os.path.join(d, 'a', 'f'), 'w') as f:
        f.write('x')
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(prefix='p_', suffix='_s', dir='.')
name = td.name
print(os.path.basename(name).startswith('p_'), name.endswith('_s'), os.path.isdir(name))
print(repr(td) == "<TemporaryDirectory '%s'>" % name)
td.cleanup()
print(os.path.exists(name))
td.cleanup()
print('second cleanup ok')
with tempfile.TemporaryDirectory(dir='.') as d2:
    os.rmdir(d2)
print('removed inside ok')
td = tempfile.TemporaryDirectory(dir='.')
with td as n:
    print(n == td.name)
print(os.listdir('.'))
try:
    with tempfile.TemporaryDirectory(dir='.') as d3:
        raise ValueError('boom')
except ValueError as e:
    print('ValueError', e, os.path.exists(d3))
print(tempfile.TemporaryDirectory[str])
