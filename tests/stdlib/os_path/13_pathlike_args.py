import os
import pathlib


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


os.makedirs('d/e')
with open('d/e/f.txt', 'w') as f:
    f.write('hi')
pp = pathlib.Path('d/e/f.txt')
for arg in [P('d/e/f.txt'), pp]:
    print(os.path.exists(arg), os.path.isfile(arg), os.path.getsize(arg), os.path.basename(arg),
          os.path.dirname(arg), os.path.splitext(arg), os.path.split(arg))
    print(os.path.join(arg, 'x'), os.path.normpath(arg), os.path.relpath(arg, 'd'),
          os.path.isabs(arg), os.path.commonpath([arg, 'd/e']))
print(os.path.join('a', pathlib.PurePath('b'), P('c')))
print(os.path.relpath(P('d/e'), P('d')), os.path.commonprefix([P('abc'), 'abd']))
print(os.path.realpath(pathlib.Path('d/e/..')) == os.path.realpath('d'))
print(os.path.expanduser(P('x')), os.path.expandvars(P('y')))
