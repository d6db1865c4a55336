# getsize follows the file as it is written, appended to, truncated; it follows symlinks and
# counts bytes, not characters; os.truncate can grow a file.
import os

with open('f.txt', 'w', encoding='utf-8') as f:
    print(os.path.getsize('f.txt'))
    f.write('héllo')
    f.flush()
    print(os.path.getsize('f.txt'), len('héllo'))
with open('f.txt', 'a') as f:
    f.write('\n' * 10)
print(os.path.getsize('f.txt'))
with open('f.txt', 'r+') as f:
    f.truncate(3)
print(os.path.getsize('f.txt'))
with open('sparse.bin', 'wb') as f:
    f.seek(4095)
    f.write(b'\0')
print(os.path.getsize('sparse.bin'))
os.symlink('sparse.bin', 'link')
print(os.path.getsize('link'), os.lstat('link').st_size == len('sparse.bin'))
print(os.path.getsize(b'f.txt') == os.stat('f.txt').st_size, type(os.path.getsize('f.txt')).__name__)
for bad in ['missing.txt', 'f.txt/x', '', 'dangling']:
    if bad == 'dangling':
        os.symlink('nope', 'dangling')
    try:
        os.path.getsize(bad)
    except OSError as e:
        print(repr(bad), type(e).__name__, e)
os.truncate('f.txt', 1000)
print(os.path.getsize('f.txt'))
with open('f.txt', 'rb') as f:
    f.seek(999)
    print(f.read())
for n in ['f.txt', 'sparse.bin', 'link', 'dangling']:
    os.remove(n)
print(os.listdir('.'))
