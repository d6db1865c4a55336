import os
from pathlib import Path, PurePosixPath

os.environ['HOME'] = '/home/tester'
print(Path.home(), type(Path.home()).__name__)
for s in ['~', '~/x', 'x/~', '/~', '~nonexistent_user_zz/y', 'plain']:
    try:
        print(repr(s), Path(s).expanduser())
    except RuntimeError as e:
        print(repr(s), 'RuntimeError', e)
os.environ['HOME'] = '/'
print(Path('~/q').expanduser())
print(hasattr(PurePosixPath('~'), 'expanduser'))
