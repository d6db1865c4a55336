# root_dir makes results relative to another directory; dir_fd does the same with an open
# directory descriptor; absolute patterns ignore both.
import glob
import os

for p in ['proj/src/a.py', 'proj/src/b.py', 'proj/tests/test_a.py', 'proj/README', 'proj/.env']:
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)
print(sorted(glob.glob('*', root_dir='proj')))
print(sorted(glob.glob('*/*.py', root_dir='proj')))
print(sorted(glob.glob('**', root_dir='proj', recursive=True)))
print(sorted(glob.glob('**/', root_dir='proj', recursive=True)))
print(sorted(glob.glob('.*', root_dir='proj')), sorted(glob.glob('*', root_dir='proj', include_hidden=True)))
print(sorted(glob.glob('src', root_dir='proj')), sorted(glob.glob('src/', root_dir='proj')))
print(sorted(glob.glob('src/../tests/*', root_dir='proj')))
print(sorted(glob.glob('*.py', root_dir='proj/src')), sorted(glob.glob(b'*.py', root_dir=b'proj/src')))
try:
    glob.glob('*.py', root_dir=b'proj/src')
except TypeError as e:
    print('TypeError', e)
print(sorted(glob.glob('proj/src/*.py', root_dir='.')), sorted(glob.glob('*', root_dir='proj/README')))
absolute = os.path.join(os.getcwd(), 'proj', 'src', '*.py')
print(sorted(os.path.relpath(p) for p in glob.glob(absolute, root_dir='proj/tests')))
fd = os.open('proj', os.O_RDONLY)
try:
    print(sorted(glob.glob('*', dir_fd=fd)), sorted(glob.glob('src/*.py', dir_fd=fd)))
    print(sorted(glob.glob('*.py', root_dir='src', dir_fd=fd)))
    print(sorted(glob.glob('**/*.py', dir_fd=fd, recursive=True)))
finally:
    os.close(fd)
import shutil
shutil.rmtree('proj')
print(os.listdir('.'))
print(glob.glob('*', dir_fd=999), glob.glob('*', dir_fd='x'), list(glob.iglob('*', dir_fd=-1)))
