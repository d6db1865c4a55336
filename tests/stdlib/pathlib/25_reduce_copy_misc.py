import copy
from pathlib import Path, PurePosixPath, PureWindowsPath, PurePath

for p in [Path('a/b'), PurePosixPath('/x/y'), PureWindowsPath('c:/w')]:
    r = p.__reduce__()
    print(r[0].__name__, r[1], copy.copy(p) == p, copy.deepcopy(p) == p)
print(Path.__mro__)
print([c.__name__ for c in type(Path('x')).__mro__])
print(issubclass(Path, PurePath), isinstance(Path('x'), PurePosixPath))
import os
print(isinstance(Path('x'), os.PathLike), issubclass(PurePath, os.PathLike))
print(os.fspath(PurePosixPath('a/b')), os.path.join(Path('a'), 'b'), os.stat(Path('.')) is not None)
import pathlib
print(pathlib.__all__)
try:
    pathlib.WindowsPath('x')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(pathlib.PosixPath('/a') == pathlib.Path('/a'))
try:
    Path('a').foo = 1
except AttributeError as e:
    print('AttributeError')
