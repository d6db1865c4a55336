# A program that rebinds sys.stdout to its own TextIOWrapper over the console's buffer still
# has its text written at exit (the interpreter flushes sys.stdout); encoding='locale' is UTF-8.
import io
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    name = os.path.join(d, 'loc.txt')
    with open(name, 'w', encoding='locale') as f:
        print(f.encoding)
        f.write('héllo')
    with open(name, encoding='locale') as f:
        print(f.read(), f.encoding)
    w = io.TextIOWrapper(io.BytesIO(), encoding='locale')
    print(w.encoding)
print('before the switch', flush=True)
sys.stdout = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', newline='\n')
print('through the wrapper')
print('still buffered at exit: é')
