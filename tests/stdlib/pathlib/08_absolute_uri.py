from pathlib import PurePosixPath as P, PureWindowsPath as W

for s in ['a', '/a', '//a', '', '/']:
    print(repr(s), P(s).is_absolute(), P(s).is_reserved())
for s in ['/a/b', '/a b/ü', '/x%y', '/', '//h/x', '/a?b#c', "/~user/-_.!*'()"]:
    print(repr(s), P(s).as_uri())
try:
    P('rel').as_uri()
except ValueError as e:
    print('ValueError', e)
for s in ['c:/a/b', 'c:/a b', '//server/share/f', 'C:\\x\\y z']:
    print(repr(s), W(s).as_uri())
try:
    W('c:rel').as_uri()
except ValueError as e:
    print('ValueError', e)
