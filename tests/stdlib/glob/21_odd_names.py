# Names with spaces, leading dashes, unicode, a newline, and very long names: '*' and '?'
# match any character (including newline) within one path component, never '/'.
import glob
import os

names = ['my file.txt', '-dash.txt', '--', 'naïve.txt', '日本.txt', 'line\nbreak.txt', 'tab\tx',
         'x' * 200 + '.txt', 'ends.', '.txt', 'a.b.c.txt', "quote'.txt", 'dq".txt']
for n in names:
    with open(n, 'w') as f:
        f.write('.')
for pat in ['*.txt', '* *', '-*', '--', 'na?ve.txt', '??.txt', '*\n*', 'line?break.txt',
            'tab?x', 'x*', 'ends.', '*.', '.*', '*.*.*', "*'*", '*"*', '[日]*', '[!-.a-z]*']:
    res = sorted(glob.glob(pat))
    print(repr(pat), [r if len(r) < 50 else r[:3] + '...' + str(len(r)) for r in res])
print(len(glob.glob('x' * 200 + '*')), glob.glob('x' * 201 + '*'))
for n in names:
    os.remove(n)
print(glob.glob('*'))
