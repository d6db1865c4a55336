# File names holding glob metacharacters: matching them literally needs glob.escape (or a
# class like [*]); escape leaves other characters alone, including the drive-free '/' parts.
import glob
import os

names = ['a*b.txt', 'q?.txt', '[draft] notes.md', 'report[1].pdf', 'x]y', 'plain.txt',
         'star*', 'with space.txt', 'ünï[c]ode.txt']
for n in names:
    with open(n, 'w') as f:
        f.write(n)
for n in names:
    e = glob.escape(n)
    print(repr(n), repr(e), glob.glob(e) == [n], sorted(glob.glob(n)))
print(sorted(glob.glob('a[*]b.txt')), sorted(glob.glob('q[?].txt')), sorted(glob.glob('[[]*')))
print(sorted(glob.glob(glob.escape('[draft]') + '*')), sorted(glob.glob('*' + glob.escape('[1]') + '.*')))
os.mkdir('dir[x]')
with open('dir[x]/inside.txt', 'w') as f:
    f.write('i')
print(sorted(glob.glob('dir[x]/*')), sorted(glob.glob(glob.escape('dir[x]') + '/*')))
print(glob.escape('dir[x]/sub*/f?'), glob.escape(b'b[1]*'), glob.escape('//server/share*'))
print(glob.has_magic(glob.escape('a*b')), glob.has_magic('a[*]b'))
import shutil
for n in names:
    os.remove(n)
shutil.rmtree('dir[x]')
print(os.listdir('.'))
