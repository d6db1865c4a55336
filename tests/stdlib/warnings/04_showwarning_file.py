import io
import warnings

buf = io.StringIO()
warnings.showwarning('to a buffer', UserWarning, 'mod.py', 7, file=buf)
warnings.showwarning('with line', RuntimeWarning, 'mod.py', 8, buf, '  x = 1  ')
warnings.showwarning(UserWarning('inst'), UserWarning, '<string>', 9, buf)
print(repr(buf.getvalue()))


class Broken:
    def write(self, text):
        raise OSError('closed')


print(warnings.showwarning('lost', UserWarning, 'm.py', 1, Broken()))


class Other:
    def write(self, text):
        raise ValueError('not swallowed')


try:
    warnings.showwarning('x', UserWarning, 'm.py', 1, Other())
except ValueError as e:
    print(type(e).__name__, e)

# A replaced formatwarning is used by showwarning
old = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: 'CUSTOM %s|%s|%s|%s|%s\n' % (m, c.__name__, f, l, line)
buf = io.StringIO()
warnings.showwarning('fmt', UserWarning, 'a.py', 3, buf, 'src')
print(repr(buf.getvalue()))
warnings.formatwarning = old
buf = io.StringIO()
warnings.showwarning('fmt', UserWarning, 'a.py', 3, buf, 'src')
print(repr(buf.getvalue()))
