import io
import sys
import warnings

# Shown warnings go to sys.stderr as "file:line: Category: message" plus the source line.
saved_err = sys.stderr
err = io.StringIO()
sys.stderr = err


def f():
    warnings.warn('from f')


warnings.warn('top level')
f()
warnings.warn('runtime', RuntimeWarning)
warnings.warn('top level')      # a different line: shown again
for i in range(3):
    warnings.warn('in a loop')  # shown once: the registry remembers the line
sys.stderr = saved_err
print(err.getvalue().replace(__file__, 'THIS'), end='')

# sys.stderr set to None: warnings are lost silently
saved = sys.stderr
sys.stderr = None
warnings.warn('nowhere')
sys.stderr = saved
print('done')
