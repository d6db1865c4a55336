# copytree(dirs_exist_ok=True) merges into an existing tree: existing files are overwritten,
# extra files stay, the return value is the destination; copy_function picks copy vs copy2.
import os
import shutil


def write(p, t, mtime=None):
    os.makedirs(os.path.dirname(p) or '.', exist_ok=True)
    with open(p, 'w') as f:
        f.write(t)
    if mtime is not None:
        os.utime(p, (mtime, mtime))


def read(p):
    with open(p) as f:
        return f.read()


write('v2/config.ini', 'new config', 1_000_000)
write('v2/data/a.txt', 'A2', 1_000_000)
write('v2/data/new.txt', 'N', 1_000_000)
write('site/config.ini', 'old config')
write('site/data/a.txt', 'A1')
write('site/data/local.txt', 'mine')
write('site/logs/today.log', 'log')
print(shutil.copytree('v2', 'site', dirs_exist_ok=True))
for p in ['config.ini', 'data/a.txt', 'data/new.txt', 'data/local.txt', 'logs/today.log']:
    print(p, read(os.path.join('site', p)))
print(os.stat('site/data/new.txt').st_mtime)
shutil.copytree('v2', 'plain', copy_function=shutil.copy)
print(os.stat('plain/data/new.txt').st_mtime != 1_000_000)
print(shutil.copytree('v2', 'site', dirs_exist_ok=True) == 'site')
write('one/only.txt', 'o')
try:
    shutil.copytree('one', 'one', dirs_exist_ok=True)
except shutil.Error as e:
    print('Error', len(e.args), type(e.args[0]).__name__, repr(''.join(e.args[0])))
print(shutil.copytree('v2', 'v2/inside'), sorted(os.listdir('v2/inside')))
for d in ['v2', 'site', 'plain', 'one']:
    shutil.rmtree(d)
print(os.listdir('.'))
