# Errors from tempfile's functions: bad modes, a missing or non-directory dir, use after close,
# wrong argument types. Only error types, errno and messages without paths are printed.
import os
import tempfile

with open('plainfile', 'w') as f:
    f.write('x')
for name, call in [
    ('Named missing dir', lambda: tempfile.NamedTemporaryFile(dir='missing')),
    ('Named file as dir', lambda: tempfile.NamedTemporaryFile(dir='plainfile')),
    ('mkstemp file as dir', lambda: tempfile.mkstemp(dir='plainfile')),
    ('mkdtemp file as dir', lambda: tempfile.mkdtemp(dir='plainfile')),
    ('TemporaryDirectory missing', lambda: tempfile.TemporaryDirectory(dir='missing/deeper')),
]:
    try:
        call()
    except OSError as e:
        print(name, type(e).__name__, e.errno)
for name, call in [
    ('Named bad mode', lambda: tempfile.NamedTemporaryFile('z', dir='.')),
    ('Named r mode', lambda: tempfile.NamedTemporaryFile('r', dir='.')),
    ('Named bad encoding', lambda: tempfile.NamedTemporaryFile('w', encoding='bogus-codec', dir='.')),
    ('Named binary encoding', lambda: tempfile.NamedTemporaryFile('wb', encoding='utf-8', dir='.')),
    ('Named bad kwarg', lambda: tempfile.NamedTemporaryFile(bogus=1)),
    ('mkstemp bad kwarg', lambda: tempfile.mkstemp(mode='w')),
    ('Spooled bad mode', lambda: tempfile.SpooledTemporaryFile(mode='x+q')),
]:
    try:
        r = call()
        print(name, 'no error', type(r).__name__)
        r.close()
    except (ValueError, LookupError, TypeError, OSError) as e:
        print(name, type(e).__name__, e)
f = tempfile.NamedTemporaryFile('w+', dir='.')
f.close()
for op in [lambda: f.write('x'), lambda: f.read(), lambda: f.tell()]:
    try:
        op()
    except ValueError as e:
        print('closed', type(e).__name__, e)
try:
    with f:
        pass
except ValueError as e:
    print('reenter', type(e).__name__, e)
os.remove('plainfile')
print(sorted(os.listdir('.')))
