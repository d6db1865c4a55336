import os


def write(name, text):
    with open(name, 'w') as f:
        f.write(text)


def read(name):
    with open(name) as f:
        return f.read()


write('a.txt', 'A')
write('b.txt', 'B')
os.mkdir('d')
os.mkdir('e')
write('e/inside', 'I')

os.rename('a.txt', 'c.txt')
print(sorted(os.listdir('.')))
os.rename('c.txt', 'b.txt')
print(sorted(os.listdir('.')), read('b.txt'))
os.replace('b.txt', 'd/b.txt')
print(os.listdir('d'))
os.rename('d', 'd2')
print(sorted(os.listdir('.')))

for func, args in [(os.rename, ('missing', 'x')), (os.rename, ('d2', 'e')),
                   (os.replace, ('missing', 'y')), (os.rename, ('e', 'd2/b.txt')),
                   (os.rename, ('d2/b.txt', 'e')), (os.rename, (1, 'x')),
                   (os.rename, ('x', None))]:
    try:
        func(*args)
    except Exception as e:
        print(func.__name__, type(e).__name__, e)
        if isinstance(e, OSError):
            print('  ', repr(e.filename), repr(e.filename2))

write('f.txt', 'F')
os.remove('f.txt')
write('g.txt', 'G')
os.unlink('g.txt')
print(sorted(os.listdir('.')))
for func, arg in [(os.remove, 'f.txt'), (os.unlink, 'd2'), (os.remove, '')]:
    try:
        func(arg)
    except OSError as e:
        print(func.__name__, type(e).__name__, e)

os.renames('d2/b.txt', 'new/deep/b.txt')
print(sorted(os.listdir('.')), os.listdir('new/deep'))
