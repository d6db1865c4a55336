import warnings

seen = []
warnings.showwarning = lambda m, c, f, l, file=None, line=None: seen.append((repr(m), c.__name__, f, l, line))
warnings.simplefilter('always')

warnings.warn_explicit('plain', UserWarning, 'somefile.py', 10)
warnings.warn_explicit(RuntimeWarning('inst'), UserWarning, 'x.txt', 2)
warnings.warn_explicit('kw', category=FutureWarning, filename='f', lineno=0, module='m')
warnings.warn_explicit('dropped', UserWarning, 'f.py', 1, None)   # module None: ignored
warnings.warn_explicit('reg', UserWarning, 'f.py', 1, 'mod', None)
warnings.warn_explicit('neg', UserWarning, 'f.py', -3)
warnings.warn_explicit('bool', UserWarning, 'f.py', True)
warnings.warn_explicit('src', UserWarning, 'f.py', 4, source=object)
for s in seen:
    print(s)

# the module name from the filename decides a module filter
warnings.filterwarnings('error', module='pkg/mod$')
try:
    warnings.warn_explicit('m', UserWarning, 'pkg/mod.py', 1)
except UserWarning as e:
    print('raised', e)
warnings.filterwarnings('error', module='<unknown>')
try:
    warnings.warn_explicit('empty filename', UserWarning, '', 1)
except UserWarning as e:
    print('raised', e)
warnings.resetwarnings()
warnings.simplefilter('always')


def attempt(*args, **kw):
    try:
        warnings.warn_explicit(*args, **kw)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)


attempt('x', UserWarning, 5, 1)
attempt('x', UserWarning, b'f.py', 1)
attempt('x', UserWarning, 'f.py', 1.0)
attempt('x', UserWarning, 'f.py', '1')
attempt('x', UserWarning, 'f.py', 2**31)
attempt('x', UserWarning, 'f.py', -2**31 - 1)
attempt('x', UserWarning, 'f.py', 1, 'm', [])
attempt('x', UserWarning, 'f.py', 1, 'm', None, 5)
attempt('x', UserWarning, 'f.py', 1, 'm', None, {})
attempt('x', None, 'f.py', 1)
attempt('x', int, 'f.py', 1)
attempt('x', Warning, 'f.py', 1, registry={})
print(len(seen))
