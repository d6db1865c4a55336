import os
import shutil

os.makedirs('src/sub')
for p, t in [('src/a', 'new-a'), ('src/sub/b', 'new-b')]:
    with open(p, 'w') as f:
        f.write(t)
os.makedirs('dst/sub')
for p, t in [('dst/a', 'old-a'), ('dst/keep', 'kept'), ('dst/sub/b', 'old-b')]:
    with open(p, 'w') as f:
        f.write(t)
try:
    shutil.copytree('src', 'dst')
except FileExistsError as e:
    print('FileExistsError', e)
print(shutil.copytree('src', 'dst', dirs_exist_ok=True))
for p in ['dst/a', 'dst/keep', 'dst/sub/b']:
    with open(p) as f:
        print(p, f.read())
os.mkdir('dst2')
with open('dst2/sub', 'w') as f:
    f.write('file where a dir goes')
try:
    shutil.copytree('src', 'dst2', dirs_exist_ok=True)
except shutil.Error as e:
    print('Error', len(e.args[0]))
except OSError as e:
    print(type(e).__name__, e)
