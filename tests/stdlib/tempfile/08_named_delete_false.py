import os
import tempfile

with tempfile.NamedTemporaryFile('w', dir='.', delete=False) as f:
    f.write('kept')
    name = f.name
print(os.path.exists(name), f.delete)
with open(name) as g:
    print(g.read())
os.unlink(name)
f = tempfile.NamedTemporaryFile('w', dir='.', delete=False)
f.write('also kept')
f.close()
print(os.path.exists(f.name))
os.unlink(f.name)
print(os.listdir('.'))
