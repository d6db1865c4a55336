# shutil.which: absolute and relative directories in path, empty entries, directories named
# like the command, the mode argument, commands with a directory part, bytes, Path.
import os
import shutil
from pathlib import Path

base = os.getcwd()
os.makedirs('tools/bin')
os.makedirs('tools/sbin/runme')
for p, mode in [('tools/bin/runme', 0o755), ('tools/bin/readonly', 0o444),
                ('tools/sbin/script', 0o700), ('local', 0o755)]:
    with open(p, 'w') as f:
        f.write('#!/bin/sh\necho hi\n')
    os.chmod(p, mode)
absbin = os.path.join(base, 'tools', 'bin')


def show(r):
    if r is None:
        return None
    return ('abs:' + os.path.relpath(r, base)) if os.path.isabs(r) else r


for cmd, path in [('runme', absbin), ('runme', 'tools/sbin' + os.pathsep + 'tools/bin'),
                  ('script', 'tools/bin:tools/sbin'), ('readonly', 'tools/bin'),
                  ('local', ''), ('local', os.pathsep), ('local', '.'), ('', 'tools/bin'),
                  ('runme', ':tools/bin:'), ('tools/bin/runme', 'nowhere'),
                  ('./local', 'nowhere'), (os.path.join(absbin, 'runme'), None)]:
    print(repr(cmd if not os.path.isabs(cmd) else 'ABS'), repr(path if path != absbin else 'ABSBIN'),
          show(shutil.which(cmd, path=path)))
print(show(shutil.which('readonly', mode=os.R_OK, path='tools/bin')))
print(show(shutil.which('readonly', mode=os.W_OK | os.R_OK, path='tools/bin')))
print(show(shutil.which('runme', os.X_OK, 'tools/bin')))
print(shutil.which(b'runme', path=b'tools/bin'), shutil.which(b'runme', path='tools/bin'))
print(show(shutil.which(Path('tools/bin/runme'))), show(shutil.which('runme', path=Path('tools/bin'))))
os.environ['PATH'] = 'tools/sbin' + os.pathsep + 'tools/bin'
print(shutil.which('runme'), shutil.which('script'), shutil.which('local'))
shutil.rmtree('tools')
os.remove('local')
print(os.listdir('.'))
