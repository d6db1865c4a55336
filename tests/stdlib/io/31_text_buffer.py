# A text file's .buffer: the buffered binary stream over the same descriptor, its type and
# mode by the text mode, shared position once the text layer is flushed.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'f.txt')
for mode in ['w', 'w+', 'a', 'x']:
    if mode == 'x':
        os.remove(path)
    with open(path, mode, encoding='utf-8') as f:
        b = f.buffer
        print(mode, type(b).__name__, b.mode, b.raw.name == path, b is f.buffer, b.closefd if hasattr(b, 'closefd') else '-')
        f.write('héllo\n')
        f.flush()
        print(b.tell(), b.writable(), b.readable())
with open(path, encoding='utf-8') as f:
    b = f.buffer
    print(type(b).__name__, b.mode, b.read(3))
    f.seek(0)
    print(repr(f.readline()))
with open(path, 'r+', encoding='utf-8') as f:
    f.read()
    f.buffer.write(b'tail\n')
    f.buffer.flush()
    f.seek(0)
    print(f.read().splitlines())
f = open(path, encoding='utf-8')
b = f.buffer
f.close()
print(f.closed, b.closed if not hasattr(b, 'raw') else 'raw-checked')
os.remove(path)
os.rmdir(d)
