import glob
import os

os.makedirs('d1/inner')
os.makedirs('d2')
with open('f1', 'w') as f:
    f.write('x')
with open('d1/f2', 'w') as f:
    f.write('y')
os.symlink('d1', 'dl')
os.symlink('f1', 'fl')
os.symlink('missing', 'broken')
for pat in ['*/', 'd*/', '*/*/', 'f*/', '*', 'dl/*', 'broken', 'b*', 'broken/', 'd1//f2',
            'd1/./f2', '*//', '*/.']:
    print(repr(pat), sorted(glob.glob(pat)))
