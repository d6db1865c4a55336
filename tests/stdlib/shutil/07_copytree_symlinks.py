import os
import shutil

os.makedirs('src/real')
with open('src/real/f', 'w') as f:
    f.write('F')
os.symlink('real/f', 'src/flink')
os.symlink('real', 'src/dlink')
os.symlink('nowhere', 'src/dangling')


def describe(top):
    out = []
    for r, ds, fs in os.walk(top):
        for n in sorted(ds + fs):
            p = os.path.join(r, n)
            kind = 'link->' + os.readlink(p) if os.path.islink(p) else ('dir' if os.path.isdir(p) else 'file')
            out.append((os.path.relpath(p, top), kind))
    return sorted(out)


shutil.copytree('src', 'keep', symlinks=True)
print(describe('keep'))
try:
    shutil.copytree('src', 'follow')
except shutil.Error as e:
    errs = e.args[0]
    print('Error', len(errs), [(s, d) for s, d, why in errs], errs[0][2])
print(describe('follow'))
shutil.copytree('src', 'follow2', ignore_dangling_symlinks=True)
print(describe('follow2'))
