import os
import sys
import posixpath

print(os.name, repr(os.sep), repr(os.altsep), repr(os.extsep), repr(os.pathsep))
print(repr(os.linesep), repr(os.curdir), repr(os.pardir), repr(os.devnull), repr(os.defpath))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
print(os.O_CREAT != 0, os.O_EXCL != 0, os.O_TRUNC != 0, os.O_APPEND != 0)
print(os.error is OSError)
print(os.path is posixpath, sys.modules['os.path'] is posixpath)
from os import path
print(path is posixpath, path.__name__)
print(os.supports_bytes_environ)
for name in ['getcwd', 'listdir', 'scandir', 'walk', 'makedirs', 'stat', 'environ',
             'fspath', 'PathLike', 'urandom', 'stat_result', 'terminal_size']:
    print(name, hasattr(os, name), name in os.__all__)
print(type(os.stat_result), type(os.terminal_size))
print(os.stat_result.__name__, os.stat_result.__qualname__, os.stat_result.__module__)
print(os.terminal_size.__module__, os.DirEntry.__name__)
