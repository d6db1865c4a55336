import os

with open('a.txt', 'w') as f:
    f.write('0123456789')
with open('empty', 'w') as f:
    pass
os.mkdir('d')
print(os.path.getsize('a.txt'), os.path.getsize('empty'), os.path.getsize(b'a.txt'))
print(os.path.getsize('d') > 0)
os.utime('a.txt', (1000, 2000))
print(os.path.getatime('a.txt'), os.path.getmtime('a.txt'), type(os.path.getctime('a.txt')).__name__)
for f in (os.path.getsize, os.path.getmtime, os.path.getatime, os.path.getctime):
    try:
        f('missing')
    except OSError as e:
        print(f.__name__, type(e).__name__, e)

os.symlink('a.txt', 'link')
print(os.path.samefile('a.txt', 'link'), os.path.samefile('a.txt', 'empty'),
      os.path.samefile('a.txt', './a.txt'), os.path.samefile(b'd', 'd/.'))
try:
    os.path.samefile('a.txt', 'missing')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
s1, s2 = os.stat('a.txt'), os.stat('link')
print(os.path.samestat(s1, s2), os.path.samestat(s1, os.stat('empty')))
print(os.path.ismount('/'), os.path.ismount('.'), os.path.ismount('d'), os.path.ismount('missing'),
      os.path.ismount('link'))
