import io
import sys
import warnings

buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
warnings.simplefilter('always')
warnings.warn('with a source', ResourceWarning, source=object())
warnings.warn('source None', UserWarning, source=None)
sys.stderr = saved
print(buf.getvalue().replace(__file__, 'THIS'), end='')
print(repr(warnings.formatwarning('m', UserWarning, 'f.py', 1)))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    src = ['the source']
    warnings.warn('recorded', ResourceWarning, source=src)
print(log[0].source is src)
print(repr(warnings._formatwarnmsg_impl(log[0]).replace(__file__, 'THIS')))
