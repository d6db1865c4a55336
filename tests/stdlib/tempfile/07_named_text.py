import os
import tempfile

with tempfile.NamedTemporaryFile('w', dir='.', suffix='.txt', prefix='nt_') as f:
    name = f.name
    print(os.path.isabs(name), os.path.basename(name).startswith('nt_'), name.endswith('.txt'))
    print(os.path.exists(name), f.delete)
    f.write('hello\n')
    f.writelines(['a\n', 'b\n'])
print(os.path.exists(name), f.closed)
f = tempfile.NamedTemporaryFile(mode='w', dir='.')
n = f.name
f.write('x')
f.close()
print(os.path.exists(n))
f.close()
print('second close ok')
