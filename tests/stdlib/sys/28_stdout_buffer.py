# sys.stdout.buffer: the binary stream under sys.stdout, for writing bytes; text and bytes
# written through both appear in order when sys.stdout is flushed first.
import sys

print('text line')
sys.stdout.flush()
n = sys.stdout.buffer.write(b'bytes line\n')
print(n, type(sys.stdout.buffer).__name__)
sys.stdout.flush()
sys.stdout.buffer.write('caf\u00e9\n'.encode('utf-8'))
sys.stdout.buffer.write(bytearray(b'from bytearray\n'))
sys.stdout.buffer.write(memoryview(b'from memoryview\n'))
sys.stdout.buffer.flush()
try:
    sys.stdout.buffer.write('str is refused')
except TypeError as e:
    print('TypeError', e)
print(sys.stdout.buffer.writable(), sys.stdout.buffer is sys.stdout.buffer)
print(sys.stderr.buffer is not sys.stdout.buffer)
sys.stdout.flush()
sys.stdout.buffer.write(b'last\n')
