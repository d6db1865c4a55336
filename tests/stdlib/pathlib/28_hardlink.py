import os
from pathlib import Path

Path('f').write_text('data')
Path('h').hardlink_to('f')
print(Path('h').samefile('f'), Path('f').stat().st_nlink, Path('h').read_text())
os.link('f', 'h2')
print(os.stat('f').st_nlink)
try:
    Path('h').hardlink_to('f')
except FileExistsError as e:
    print('FileExistsError', e)
