import os

os.makedirs('a/b')
with open('a/b/f', 'w') as f:
    f.write('x')
checks = ['a/b/../b/f', 'a/./b/f', 'a//b//f', './a', 'a/b/f/..', 'a/b/./', '../' + os.path.basename(os.getcwd()) + '/a']
for c in checks:
    print(repr(c) if not c.startswith('../') else '../<cwd>/a', os.path.exists(c), os.path.isdir(c))
print(os.path.normpath('a/b/f/..'), os.path.exists(os.path.normpath('a/b/f/..')))
print(os.path.relpath('a/b/f', 'a/b/f'), os.path.relpath('a', 'a/b/f'))
print(sorted(os.listdir('a/b/..')), sorted(os.listdir('./a/./b')))
