import os

for name in ['b.txt', 'a.txt', '.hidden']:
    with open(name, 'w') as f:
        f.write(name)
os.mkdir('dir')
os.mkdir('dir/inner')

print(sorted(os.listdir()))
print(sorted(os.listdir('.')))
print(sorted(os.listdir(None)))
print(sorted(os.listdir(b'.')))
print(os.listdir('dir'))
print(os.listdir('dir/inner'))
print(os.listdir('dir/'))


class P:
    def __fspath__(self):
        return 'dir'


class B:
    def __fspath__(self):
        return b'dir'


print(os.listdir(P()), os.listdir(B()))
print(type(os.listdir()).__name__)

for arg in ['missing', 'a.txt', 1.5, [], 'a\0b', b'x\0']:
    try:
        os.listdir(arg)
    except Exception as e:
        print(type(e).__name__, e)
        if isinstance(e, OSError):
            print(' ', e.errno, e.strerror, repr(e.filename))
