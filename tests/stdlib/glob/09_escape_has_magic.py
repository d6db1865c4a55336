import glob
import os

for s in ['plain', 'a*b', 'a?b', '[x]', 'a[!b]', '*?[', '/abs/*.py', 'no]magic', b'b*y', b'[z]',
          '']:
    print(repr(s), glob.has_magic(s), repr(glob.escape(s)))
with open('we[i]rd*.txt', 'w') as f:
    f.write('x')
with open('weird.txt', 'w') as f:
    f.write('y')
print(sorted(glob.glob('we[i]rd*.txt')), glob.glob(glob.escape('we[i]rd*.txt')))
print(glob.glob(glob.escape('we[i]rd') + '*'))
from pathlib import Path
print(glob.escape(Path('a*')))
