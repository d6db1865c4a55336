import os
import shutil
import stat

os.makedirs('bin1')
os.makedirs('bin2')
for p, mode in [('bin1/tool', 0o755), ('bin2/tool', 0o755), ('bin2/other', 0o755),
                ('bin1/noexec', 0o644), ('bin2/noexec', 0o755)]:
    with open(p, 'w') as f:
        f.write('#!/bin/sh\n')
    os.chmod(p, mode)
os.makedirs('bin1/dirtool')
path = os.pathsep.join(['bin1', 'bin2', 'missingdir'])
for cmd in ['tool', 'other', 'noexec', 'dirtool', 'nothing']:
    print(cmd, shutil.which(cmd, path=path))
print(shutil.which('noexec', mode=os.F_OK, path=path))
print(shutil.which('bin1/tool'), shutil.which('bin1/noexec'), shutil.which('./bin2/other'))
print(shutil.which('tool', path=''), shutil.which(b'tool', path=path))
os.environ['PATH'] = 'bin2'
print(shutil.which('tool'), shutil.which('other'))
del os.environ['PATH']
print(shutil.which('definitely-not-a-command-zz'))
print(shutil.which('tool', path='bin1:bin1:bin2'))
