# copytree's ignore callable is called once per directory with that directory's path and
# names; ignore_patterns matches names (not paths) at every level, files and directories alike.
import os
import shutil

for p in ['proj/main.py', 'proj/main.pyc', 'proj/build/out.o', 'proj/lib/util.py',
          'proj/lib/build/gen.py', 'proj/lib/.cache/x', 'proj/docs/readme.md',
          'proj/docs/tmp_notes.md', 'proj/tmp_a/file']:
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, 'w') as f:
        f.write(p)


def listing(top):
    return sorted(os.path.relpath(os.path.join(r, n), top)
                  for r, ds, fs in os.walk(top) for n in ds + fs)


ign = shutil.ignore_patterns('build', '*.pyc', '.*', 'tmp_*')
print(sorted(ign('proj', os.listdir('proj'))))
print(ign('x', ('a.pyc', 'b.py')), type(ign('x', [])).__name__)
shutil.copytree('proj', 'c1', ignore=ign)
print(listing('c1'))
calls = []


def only_py(path, names):
    calls.append(os.path.relpath(path, 'proj'))
    return {n for n in names if os.path.isfile(os.path.join(path, n)) and not n.endswith('.py')}


shutil.copytree('proj', 'c2', ignore=only_py)
print(sorted(calls))
print(listing('c2'))
shutil.copytree('proj/docs', 'c1/docs', ignore=shutil.ignore_patterns('*.md'), dirs_exist_ok=True)
print(listing('c1/docs'))
shutil.copytree('proj', 'c3', ignore=lambda p, n: [])
print(listing('c3') == listing('proj'))
try:
    shutil.copytree('proj', 'c4', ignore=lambda p, n: None)
except TypeError as e:
    print('TypeError', e)
print(sorted(os.listdir('.')))
for d in ['proj', 'c1', 'c2', 'c3', 'c4']:
    shutil.rmtree(d, ignore_errors=True)
print(os.listdir('.'))
