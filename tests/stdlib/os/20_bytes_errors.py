import os

os.mkdir(b'dir')
for func, args in [(os.stat, (b'missing',)), (os.lstat, (b'missing',)),
                   (os.listdir, (b'missing',)), (os.mkdir, (b'dir',)),
                   (os.rmdir, (b'missing',)), (os.unlink, (b'missing',)),
                   (os.readlink, (b'dir',)), (os.rename, (b'missing', b'other')),
                   (os.chdir, (b'missing',))]:
    try:
        func(*args)
    except OSError as e:
        print(func.__name__, type(e).__name__, e, repr(e.filename), repr(e.filename2))
