import os
import shutil


def write(p, t):
    with open(p, 'w') as f:
        f.write(t)


write('a.txt', 'A')
print(shutil.move('a.txt', 'b.txt'), sorted(os.listdir('.')))
os.mkdir('d')
print(shutil.move('b.txt', 'd'), os.listdir('d'))
write('c.txt', 'C')
print(shutil.move('c.txt', 'd/'), sorted(os.listdir('d')))
os.makedirs('tree/sub')
write('tree/sub/x', 'X')
print(shutil.move('tree', 'd'), sorted(os.listdir('d')))
print(shutil.move('d/tree', 'moved'), os.listdir('moved/sub'))
write('e.txt', 'E')
write('d/e.txt', 'old')
try:
    shutil.move('e.txt', 'd')
except shutil.Error as e:
    print('Error', e)
write('f.txt', 'F')
print(shutil.move('f.txt', 'd/e.txt'))
with open('d/e.txt') as f:
    print(f.read())
os.symlink('moved', 'ln')
print(shutil.move('ln', 'ln2'), os.readlink('ln2'))
for args in [('missing', 'x'), ('moved', 'moved/sub/inside')]:
    try:
        shutil.move(*args)
    except (OSError, shutil.Error) as e:
        print(type(e).__name__, e)
print(shutil.move('moved', 'moved'))
print(sorted(os.listdir('.')))
