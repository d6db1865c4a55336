import shutil

for name in ['Error', 'SameFileError', 'SpecialFileError', 'ExecError', 'ReadError',
             'RegistryError']:
    cls = getattr(shutil, name)
    print(name, [c.__name__ for c in cls.__mro__])
e = shutil.Error([('a', 'b', 'why')])
print(e, e.args)
print(shutil.SameFileError('x'), isinstance(shutil.SameFileError('x'), OSError))
try:
    shutil.copyfile(__file__, __file__)
except shutil.SameFileError as e:
    print('SameFileError', type(e).__name__, str(e).count('are the same file'))
print(shutil.COPY_BUFSIZE, [n in shutil.__all__ for n in ['copy', 'copy2', 'copyfile', 'copytree', 'rmtree', 'move', 'which', 'get_terminal_size', 'ignore_patterns']])
