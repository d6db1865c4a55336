# commonpath works on whole components, commonprefix on characters: the classic gotcha, and
# using commonpath to test whether a path lies under a directory.
import os

paths = ['/data/project/alpha/file1', '/data/project/alpha2/file2', '/data/project/beta']
print(os.path.commonprefix(paths), os.path.commonpath(paths))
print(os.path.commonprefix(paths[:2]), os.path.commonpath(paths[:2]))
print(os.path.dirname(os.path.commonprefix(paths[:2]) + 'x'))


def is_under(path, directory):
    path, directory = os.path.abspath(path), os.path.abspath(directory)
    return os.path.commonpath([path, directory]) == directory


for p, d in [('a/b/c', 'a'), ('a/b/c', 'a/b'), ('ab/c', 'a'), ('a', 'a'), ('a/../b', 'a'),
             ('a/./b', 'a/'), ('/etc/passwd', '/etc'), ('/etcetera', '/etc'), ('x', '.')]:
    print(repr(p), repr(d), is_under(p, d))
print(os.path.commonpath(['a/b/c'] * 3), os.path.commonpath(['./a/b', 'a/c']))
print(repr(os.path.commonpath(['a', './a'])), repr(os.path.commonpath(['../x', '../y'])))
print(repr(os.path.commonpath(['../x', 'x'])), repr(os.path.commonpath(['/a//b/', '/a/b//c'])))
print(os.path.commonpath({'/q/r/s'}), os.path.commonpath(p for p in ['/m/n', '/m/o']))
print(os.path.commonprefix(['', '']), repr(os.path.commonprefix(['a', ''])))
print(os.path.commonprefix(['interspecies', 'interstellar', 'interstate']))
print(os.path.commonprefix([[1, 2, 3], [1, 2, 4], [1, 2]]), os.path.commonprefix([(1,), ()]))
for bad in [['/abs', 'rel'], [], ['a', 'b', 3], 'ab']:
    try:
        print(repr(bad), repr(os.path.commonpath(bad)))
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
