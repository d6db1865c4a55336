# TemporaryFile: an anonymous file (no visible directory entry), binary by default; text mode
# with encoding; its name is the descriptor number.
import os
import tempfile

with tempfile.TemporaryFile(dir='.') as f:
    print(type(f.name).__name__, f.name == f.fileno(), os.listdir('.'))
    print(f.mode, f.readable(), f.writable(), f.seekable())
    f.write(b'line one\nline two\n')
    f.seek(0)
    print(f.readline(), f.readlines())
    f.seek(5)
    print(f.read(3), f.tell())
print(f.closed)
with tempfile.TemporaryFile('w+', encoding='utf-8', dir='.') as t:
    print(t.mode, t.encoding)
    t.write('ünïcode\n')
    t.write('second')
    t.seek(0)
    print(t.read().split('\n'))
    print(t.tell() > len('ünïcode\nsecond'), t.seek(0), t.read(3))
with tempfile.TemporaryFile(mode='w+b', buffering=0, dir='.') as u:
    print(type(u).__name__, u.write(b'raw'))
    u.seek(0)
    print(u.read())
for kw in [{'mode': 'q'}, {'mode': 'w+', 'encoding': 'nope'}, {'dir': 'missing'},
           {'mode': 'rb', 'encoding': 'utf-8'}]:
    try:
        tempfile.TemporaryFile(**kw)
    except (ValueError, LookupError, OSError) as e:
        print(type(e).__name__, e.errno if isinstance(e, OSError) else e)
print(os.listdir('.'))
