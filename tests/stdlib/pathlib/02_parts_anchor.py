from pathlib import PurePosixPath as P

for s in ['', 'a', 'a/b/c', '/a/b', '//a/b', '///a/b', '/', '//', 'a/b/', '../x']:
    p = P(s)
    print(repr(s), p.parts, repr(p.drive), repr(p.root), repr(p.anchor))
p = P('/usr/lib')
print(type(p.parts).__name__, p.parts is p.parts or p.parts == p.parts)
