import os
import shutil
from pathlib import Path

Path('d/sub').mkdir(parents=True)
Path('d/f.txt').write_text('x')
print(sorted(os.listdir(Path('d'))), os.path.isdir(Path('d/sub')), os.path.getsize(Path('d/f.txt')))
print(sorted(str(Path(t[0])) for t in os.walk(Path('d'))))
with os.scandir(Path('d')) as it:
    print(sorted(e.name for e in it))
os.rename(Path('d/f.txt'), Path('d/g.txt'))
print(sorted(os.listdir('d')))
shutil.copy(Path('d/g.txt'), Path('d/h.txt'))
print(Path('d/h.txt').read_text())
os.remove(Path('d/h.txt'))
os.makedirs(Path('e/f'), exist_ok=True)
print(Path('e/f').is_dir())
print(sorted(str(p) for p in Path('.').glob('*')))
