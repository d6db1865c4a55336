# sys.__stdout__ and sys.__stderr__ keep the original streams when stdout/stderr are replaced.
import io
import sys

print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print(sys.__stdout__ is not sys.__stderr__)
buf = io.StringIO()
sys.stdout = buf
print('captured line')
print('to the real stdout', file=sys.__stdout__)
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()), sys.stdout is sys.__stdout__)
sys.stderr = io.StringIO()
print('error text', file=sys.stderr)
caught = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print(repr(caught), sys.stderr is sys.__stderr__)
sys.__stdout__.write('written with write\n')
sys.stdout.flush()
print(hasattr(sys.__stdout__, 'write'), hasattr(sys.__stderr__, 'flush'))
