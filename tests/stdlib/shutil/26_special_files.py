# Named pipes: copyfile refuses them (SpecialFileError) as source or destination, and copytree
# collects such per-file failures (and a dangling symlink) into one shutil.Error raised after
# copying everything else; each entry is (src, dst, reason).
import os
import shutil

os.makedirs('src/ok/deeper')
for p in ['src/top.txt', 'src/ok/a.txt', 'src/ok/deeper/b.txt']:
    with open(p, 'w') as f:
        f.write(p)
os.mkfifo('src/ok/pipe')
os.symlink('gone', 'src/dangling')
for f, args in [(shutil.copyfile, ('src/ok/pipe', 'out')), (shutil.copy, ('src/ok/pipe', 'out')),
                (shutil.copyfile, ('src/top.txt', 'src/ok/pipe'))]:
    try:
        f(*args)
    except shutil.SpecialFileError as e:
        print(f.__name__, type(e).__name__, e, isinstance(e, OSError))
print(os.path.exists('out'))
try:
    shutil.copytree('src', 'dst')
except shutil.Error as e:
    print(type(e).__name__, len(e.args), len(e.args[0]))
    for src, dst, why in sorted(e.args[0]):
        print(' ', src, dst, why)
print(sorted(os.path.relpath(os.path.join(r, n), 'dst') for r, ds, fs in os.walk('dst') for n in ds + fs))
try:
    shutil.copytree('src', 'dst2', ignore=shutil.ignore_patterns('pipe'))
except shutil.Error as e:
    print(len(e.args[0]), e.args[0][0][0], e.args[0][0][2])
shutil.copytree('src', 'dst3', ignore=shutil.ignore_patterns('pipe', 'dangling'))
print(sorted(os.listdir('dst3')))
shutil.copytree('src', 'dst4', symlinks=True, ignore=shutil.ignore_patterns('pipe'))
print(os.readlink('dst4/dangling'))
err = shutil.Error([('a', 'b', 'c'), ('d', 'e', 'f')])
print(err, repr(err.args[0][1]), str(shutil.Error('plain')))
for d in ['src', 'dst', 'dst2', 'dst3', 'dst4']:
    shutil.rmtree(d)
print(os.listdir('.'))
