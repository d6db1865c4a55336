import io
import sys
import warnings

for f in warnings.filters:
    print(f)
print(warnings.defaultaction, warnings.onceregistry)

err = io.StringIO()
saved = sys.stderr
sys.stderr = err
# DeprecationWarning: shown in __main__, ignored elsewhere
warnings.warn('dep in main', DeprecationWarning)
exec("warnings.warn('dep elsewhere', DeprecationWarning)", {'__name__': 'lib', 'warnings': warnings})
# PendingDeprecationWarning, ImportWarning and ResourceWarning: ignored everywhere
warnings.warn('pending', PendingDeprecationWarning)
warnings.warn('import', ImportWarning)
warnings.warn('resource', ResourceWarning)
# the rest: "default" (once per location)
for cat in [UserWarning, RuntimeWarning, FutureWarning, SyntaxWarning, BytesWarning,
            UnicodeWarning, EncodingWarning]:
    warnings.warn('a ' + cat.__name__, cat)
exec("warnings.warn('user elsewhere')", {'__name__': 'lib', 'warnings': warnings})
sys.stderr = saved
print(err.getvalue().replace(__file__, 'THIS'), end='')
