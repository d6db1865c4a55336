# os.link's errors name both paths.
import os

with open('a.txt', 'w') as f:
    f.write('x')
os.link('a.txt', 'b.txt')
os.mkdir('dir')
for src, dst in [('missing', 'c.txt'), ('a.txt', 'b.txt'), ('a.txt', 'nodir/c.txt'),
                 ('dir', 'dir2'), ('a.txt', 'dir'), ('a.txt/x', 'c.txt'), ('', 'c.txt')]:
    try:
        os.link(src, dst)
        print('linked', src, dst)
    except OSError as e:
        print(type(e).__name__, e.errno, e, '|', e.filename, e.filename2)
for src, dst in [(1, 'x'), ('a.txt', None), (['a'], 'x'), ('a.txt', 2.0)]:
    try:
        os.link(src, dst)
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(os.listdir('.')))
