import os
import tempfile
from contextlib import chdir, AbstractContextManager

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    real = os.path.realpath(tmp)
    os.mkdir(os.path.join(tmp, "sub"))
    with chdir(tmp) as v:
        print(v)
        print(os.path.realpath(os.getcwd()) == real)
        with chdir("sub"):
            print(os.path.basename(os.getcwd()))
        print(os.path.realpath(os.getcwd()) == real)
    print(os.getcwd() == start)

    # restored after an exception
    try:
        with chdir(tmp):
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError", e, os.getcwd() == start)

    # the same object is re-entrant: it keeps a stack of directories
    c = chdir(tmp)
    with c:
        with c:
            print(len(c._old_cwd))
        print(len(c._old_cwd))
    print(len(c._old_cwd), os.getcwd() == start)
    print(c.path == tmp)

    # a bad directory raises on entry and changes nothing
    try:
        with chdir(os.path.join(tmp, "missing")):
            print("not reached")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, os.getcwd() == start)
    print(isinstance(c, AbstractContextManager))

    # a path-like object
    import pathlib
    with chdir(pathlib.Path(tmp) / "sub"):
        print(os.path.basename(os.getcwd()))
    print(os.getcwd() == start)
try:
    with chdir(None):
        pass
except TypeError as e:
    print("TypeError", e)
print(os.getcwd() == start)
