# Character classes in glob patterns: digit ranges, negation, several classes in one name and
# across directory levels, literal '-' and ']' in classes, case sensitivity.
import glob
import os

names = ['img0.png', 'img1.png', 'img9.png', 'imgA.png', 'imga.png', 'img-.png', 'img].png',
         'img10.png', 'log_2023-01.txt', 'log_2023-12.txt', 'log_2024-06.txt', 'Data.csv',
         'data.csv', 'dbta.csv']
for n in names:
    with open(n, 'w') as f:
        f.write(n)
for d in ['run1', 'run2', 'runA']:
    for sub in ['a', 'b']:
        os.makedirs(os.path.join(d, sub))
        with open(os.path.join(d, sub, 'out.txt'), 'w') as f:
            f.write('o')
pats = ['img[0-9].png', 'img[!0-9].png', 'img[0-9][0-9].png', 'img[a-zA-Z].png', 'img[-].png',
        'img[]].png', 'img[!]].png', 'img[-0].png', 'log_202[34]-[01][0-9].txt',
        'log_2023-[!0]*.txt', '[Dd]ata.csv', '[a-c]ata.csv', 'd[a-b]ta.csv', '[!d]*.csv',
        'run[0-9]/[ab]/out.txt', 'run[!0-9]/*/out.txt', 'run?/[!a]/*', '[r]un1', 'img[.png',
        'img[0-9.png', '[[]*', '*[!.]png']
for p in pats:
    print(p, sorted(glob.glob(p)))
print(sorted(glob.glob('IMG*')), sorted(glob.glob('*.PNG')))
import shutil
for n in names:
    os.remove(n)
for d in ['run1', 'run2', 'runA']:
    shutil.rmtree(d)
print(os.listdir('.'))
