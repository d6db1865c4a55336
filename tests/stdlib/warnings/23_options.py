import io
import sys
import warnings

for a in ['', 'd', 'a', 'all', 'i', 'm', 'o', 'e', 'error', 'alw']:
    print(repr(a), warnings._getaction(a))
for a in ['x', 'defaults']:
    try:
        warnings._getaction(a)
    except warnings._OptionError as e:
        print(type(e).__name__, e)
for c in ['', 'UserWarning', 'DeprecationWarning', 'builtins.RuntimeWarning']:
    print(repr(c), warnings._getcategory(c).__name__)
for c in ['NoSuchWarning', 'ValueError', 'nosuchmodule.X', 'builtins.Nope']:
    try:
        warnings._getcategory(c)
    except warnings._OptionError as e:
        print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings._setoption('error::RuntimeWarning')
    warnings._setoption('ignore:some text:UserWarning:pkg.mod:12')
    warnings._setoption('a')
    for f in warnings.filters:
        print(f)
    err = io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    warnings._processoptions(['bad:::::', 'x', 'error:::mod:-1', 'error:::mod:abc', 'ignore'])
    sys.stderr = saved
    print(err.getvalue(), end='')
    print(len(warnings.filters), warnings.filters[0])
print(issubclass(warnings._OptionError, Exception))
