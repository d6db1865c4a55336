import os
import tempfile

td = tempfile.TemporaryDirectory(dir='.', ignore_cleanup_errors=True)
os.makedirs(os.path.join(td.name, 'x', 'y'))
td.cleanup()
print(os.path.exists(td.name))
td = tempfile.TemporaryDirectory(dir='.')
inner = os.path.join(td.name, 'inner')
os.mkdir(inner)
with open(os.path.join(inner, 'f'), 'w') as f:
    f.write('data')
os.chmod(inner, 0o500)
td.cleanup()
print(os.path.exists(td.name))
print(os.listdir('.'))
