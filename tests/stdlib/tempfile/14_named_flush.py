import os
import tempfile

with tempfile.NamedTemporaryFile('w+', dir='.', suffix='.cfg') as f:
    f.write('key=value\n')
    f.flush()
    with open(f.name) as g:
        print(repr(g.read()))
    f.seek(0)
    print(repr(f.read()), f.tell() > 0)
print(os.path.exists(f.name))
