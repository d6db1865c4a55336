import os
from pathlib import Path

Path('f').write_text('x')
owner = Path('f').owner()
group = Path('f').group()
print(type(owner).__name__, type(group).__name__, owner != '', group != '')
os.environ.pop('HOME', None)
print(os.path.expanduser('~') != '~', Path.home().is_absolute())
