# The notebook pattern: a TemporaryDirectory as a scratch workspace, chdir into it, write and
# read files by relative names, then leave; the directory and its contents are gone.
import glob
import os
import tempfile

start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    print(type(tmp).__name__, os.path.isabs(tmp), os.path.isdir(tmp))
    os.chdir(tmp)
    print(os.listdir('.'), os.path.samefile('.', tmp))
    for i in range(3):
        with open('part%d.csv' % i, 'w') as f:
            f.write('x,y\n%d,%d\n' % (i, i * i))
    os.mkdir('plots')
    with open('plots/fig.svg', 'w') as f:
        f.write('<svg/>')
    print(sorted(glob.glob('*.csv')), sorted(os.listdir('.')))
    rows = []
    for name in sorted(glob.glob('part*.csv')):
        with open(name) as f:
            rows.append(f.read().splitlines()[1])
    print(rows)
    os.chdir(start)
    where = tmp
print(os.path.exists(where), os.getcwd() == start)
td = tempfile.TemporaryDirectory(prefix='nb_')
print(os.path.basename(td.name).startswith('nb_'), td.__enter__() == td.name)
with open(os.path.join(td.name, 'keep.txt'), 'w') as f:
    f.write('k')
td.__exit__(None, None, None)
print(os.path.exists(td.name))
td.cleanup()
print(hasattr(td, '_finalizer'), type(td).__name__)
