import os

os.makedirs('a/b/c')
print(os.path.isdir('a/b/c'))
os.makedirs('a/b/c', exist_ok=True)
try:
    os.makedirs('a/b/c')
except FileExistsError as e:
    print('FileExistsError', e)
os.makedirs('a/b/d/')
print(sorted(os.listdir('a/b')))
os.makedirs('x/y/.')
print(os.path.isdir('x/y'))
os.makedirs(b'bytes/dir')
print(os.path.isdir('bytes/dir'))

with open('a/file', 'w') as f:
    f.write('data')
for args, kw in [(('a/file',), {}), (('a/file',), {'exist_ok': True}),
                 (('a/file/sub',), {'exist_ok': True}), (('',), {})]:
    try:
        os.makedirs(*args, **kw)
    except OSError as e:
        print(type(e).__name__, e)

os.makedirs('m/n/o/p')
os.removedirs('m/n/o/p')
print(os.path.exists('m'))
os.makedirs('q/r/s')
with open('q/keep', 'w') as f:
    f.write('k')
os.removedirs('q/r/s')
print(os.path.exists('q/r'), os.path.exists('q'))
try:
    os.removedirs('missing/dir')
except OSError as e:
    print(type(e).__name__, e)
os.makedirs('t/u/')
os.removedirs('t/u/')
print(os.path.exists('t'))
print(sorted(os.listdir('.')))
