# Small path predicates and helpers: isabs on odd strings, normcase (identity on POSIX),
# ismount on common places, os.sep constants used to build paths, and the error messages for
# wrong argument types across functions.
import os

for p in ['/', '//', '/..', '\\x', 'C:\\x', 'c:/x', '~/x', ' /x', '/\x00', b'//']:
    print(repr(p), os.path.isabs(p), repr(os.path.normcase(p)))
print(os.path.normcase('MiXeD/Case.TXT'), os.path.normcase(b'A\\B'))
print(os.path.ismount('/'), os.path.ismount('/nonexistent_dir_q'), os.path.ismount(b'/'))
os.mkdir('here')
print(os.path.ismount('here'), os.path.ismount('here/..') == os.path.ismount('.'))
os.rmdir('here')
print(os.sep.join(['a', 'b']), os.extsep.join(['name', 'ext']), os.curdir + os.sep + os.pardir)
print(os.path.join(os.curdir, 'x') == './x', os.path.normpath(os.curdir + os.sep + os.pardir))
funcs = [os.path.basename, os.path.dirname, os.path.split, os.path.splitext, os.path.normpath,
         os.path.isabs, os.path.normcase, os.path.abspath, os.path.realpath, os.path.expanduser,
         os.path.expandvars]
for f in funcs:
    for bad in [None, 1.5]:
        try:
            f(bad)
            print(f.__name__, 'accepted', bad)
        except TypeError as e:
            print(f.__name__, repr(bad), e)
for f in [os.path.exists, os.path.isfile, os.path.isdir, os.path.islink, os.path.lexists, os.path.ismount]:
    print(f.__name__, f(''), f(b''), f('\0'), f(b'/\0'))
for f in [os.path.islink, os.path.lexists]:
    try:
        print(f.__name__, 'fd', f(-1))
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
