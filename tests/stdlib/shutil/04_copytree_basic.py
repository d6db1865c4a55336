import os
import shutil


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        for name in sorted(dirs):
            out.append(os.path.join(root, name) + '/')
        for name in sorted(files):
            p = os.path.join(root, name)
            with open(p) as f:
                out.append(p + '=' + f.read())
    return sorted(out)


os.makedirs('src/a/b')
os.makedirs('src/empty')
for p in ['src/top.txt', 'src/a/one.py', 'src/a/b/two.py', 'src/.hidden']:
    with open(p, 'w') as f:
        f.write(p[-6:])
print(shutil.copytree('src', 'dst'))
print(tree('dst'))
try:
    shutil.copytree('src', 'dst')
except FileExistsError as e:
    print('FileExistsError', e)
for args in [('missing', 'x'), ('src/top.txt', 'y')]:
    try:
        shutil.copytree(*args)
    except OSError as e:
        print(type(e).__name__, e)
print(shutil.copytree('src/a', 'nested/deeper/copy'))
print(tree('nested'))
print(shutil.copytree('src', 'dst3', copy_function=shutil.copy))
print(tree('dst3') == [p.replace('dst/', 'dst3/', 1) for p in tree('dst')])
calls = []


def mycopy(s, d):
    calls.append((s, d))
    return shutil.copy2(s, d)


shutil.copytree('src/a', 'dst4', copy_function=mycopy)
print(sorted(calls))
