import os


def show(func, *args):
    try:
        func(*args)
        print(func.__name__, 'ok')
    except Exception as e:
        print(func.__name__, type(e).__name__, e)


show(os.stat, None)
show(os.stat, 1.5)
show(os.lstat, None)
show(os.mkdir, None)
show(os.mkdir, 3)
show(os.listdir, 1.5)
show(os.rmdir, [])
show(os.unlink, None)
show(os.remove, {})
show(os.rename, 'a', None)
show(os.rename, None, 'b')
show(os.chdir, None)
show(os.readlink, None)
show(os.symlink, None, 'x')
show(os.access, None, 0)
show(os.stat, 'a\0b')
show(os.stat, b'a\0b')
show(os.mkdir, 'a\0b')
show(os.listdir, b'x\0')


class BadPath:
    def __fspath__(self):
        return 42


show(os.stat, BadPath())
show(os.mkdir, BadPath())
show(os.path.exists, None)
show(os.path.isdir, 1.5)
show(os.path.getsize, None)
show(os.path.join, 1)
show(os.path.join, 'a', 1)
show(os.makedirs, None)
