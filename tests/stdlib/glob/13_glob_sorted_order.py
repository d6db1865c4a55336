import glob
import os

names = ['b', 'a', 'c', 'ab', 'B', '1', '_']
for n in names:
    with open(n + '.dat', 'w') as f:
        f.write(n)
got = glob.glob('*.dat')
print(len(got), sorted(got))
print(sorted(got) == sorted(os.listdir('.')))
print(sorted(glob.glob('[a-c].dat')), sorted(glob.glob('[!a-c].dat')))
print(sorted(glob.glob('?.dat')), sorted(glob.glob('??.dat')))
