import os

p = os.path
print(p.join(b'a', b'b'), p.split(b'a/b'), p.splitext(b'a.b'), p.basename(b'/x/y'))
print(p.dirname(b'/x/y'), p.normpath(b'a/./b/..'), p.isabs(b'/a'), p.normcase(b'AbC'))
print(p.relpath(b'/a/b/c', b'/a'), p.commonpath([b'/a/b', b'/a/c']), p.commonprefix([b'ab', b'ac']))
print(p.expanduser(b'x'), p.expandvars(b'x'), p.splitdrive(b'/a'))
print(p.join(b'', b''), p.normpath(b''), p.split(b''), p.abspath(b'/x/../y'))
print(p.realpath(b'/'), p.relpath(b'a', b'a'))
print(os.fsencode(p.join('é', 'ü')), p.join('é'.encode(), 'ü'.encode()))
for f, args in [(p.join, (b'a', 'b')), (p.relpath, (b'a', 'b')), (p.commonpath, ([b'a', 'b'],)),
                (p.join, ('a', b'b', 'c'))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
