import os

fd = os.open('data.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b'hello '), os.write(fd, bytearray(b'world')))
os.close(fd)
print(os.path.getsize('data.bin'))

fd = os.open('data.bin', os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.isatty(fd))
os.close(fd)

fd = os.open('data.bin', os.O_WRONLY | os.O_APPEND)
os.write(fd, b'!')
os.close(fd)
fd = os.open(b'data.bin', os.O_RDWR)
print(os.read(fd, 100))
os.close(fd)

try:
    os.open('data.bin', os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print('FileExistsError', e)
for args in [('missing', os.O_RDONLY), ('missing/x', os.O_WRONLY | os.O_CREAT), (None, 0)]:
    try:
        os.open(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    os.close(fd)
except OSError as e:
    print('OSError', e.errno, e, e.filename)
try:
    os.read(fd, 1)
except OSError as e:
    print('OSError', e)
try:
    os.write(fd, b'x')
except OSError as e:
    print('OSError', e)
fd = os.open('data.bin', os.O_RDONLY)
try:
    os.read(fd, -1)
except OSError as e:
    print('OSError', e)
try:
    os.write(fd, 'text')
except TypeError as e:
    print('TypeError', e)
try:
    os.write(fd, b'x')
except OSError as e:
    print('OSError', e)
os.close(fd)
fd = os.open('dir_made', os.O_RDONLY | os.O_CREAT, 0o600)
os.close(fd)
print(sorted(os.listdir('.')))
