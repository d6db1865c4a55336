import os


def touch(p):
    with open(p, 'w') as f:
        f.write(p)


os.makedirs('root/a/aa')
os.makedirs('root/b')
os.makedirs('root/.hid')
touch('root/f1')
touch('root/a/f2')
touch('root/a/aa/f3')
touch('root/b/f4')


def norm(t):
    top, dirs, files = t
    return top, sorted(dirs), sorted(files)


print('top-down')
for t in sorted(norm(t) for t in os.walk('root')):
    print(t)
order = [t[0] for t in os.walk('root')]
print(order.index('root') == 0, order.index('root/a') < order.index('root/a/aa'))

print('bottom-up')
order = [t[0] for t in os.walk('root', topdown=False)]
print(order[-1], order.index('root/a/aa') < order.index('root/a'))

print('pruned')
for top, dirs, files in os.walk('root'):
    dirs[:] = [d for d in dirs if not d.startswith('.') and d != 'b']
    print(top, sorted(dirs), sorted(files))

print('symlinks')
os.symlink('../b', 'root/a/blink')
print(sorted(norm(t) for t in os.walk('root/a')))
print(sorted(norm(t) for t in os.walk('root/a', followlinks=True)))
print(sorted(norm(t) for t in os.walk('root/a', topdown=False)))

errors = []
print(list(os.walk('missing', onerror=errors.append)))
print([(type(e).__name__, e.filename) for e in errors])
print(list(os.walk('root/f1', onerror=lambda e: print('onerror', type(e).__name__, e))))
print(list(os.walk('missing')))
print(sorted(norm(t) for t in os.walk(b'root/b')))
g = os.walk('root')
print(type(g).__name__)
try:
    os.walk(5)
except TypeError as e:
    print('TypeError', e)
os.chdir('root/b')
print(list(os.walk('.')))
