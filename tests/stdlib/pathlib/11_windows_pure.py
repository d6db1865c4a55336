from pathlib import PureWindowsPath as W, PurePath

for s in ['c:/a/b', 'C:\\a\\b', 'c:', 'c:a', 'c:\\', '\\a', '//server/share', '//server/share/x',
          '\\\\?\\c:\\x', '\\\\?\\UNC\\srv\\shr\\f', 'a/b\\c', '', '//server', 'x:y/z']:
    p = W(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          p.is_absolute())
print(W('c:/a') == W('C:/A'), hash(W('c:/a')) == hash(W('C:/A')), W('a') < W('B'))
print(W('c:/a') / 'b', W('c:/a') / 'd:x', W('c:/a') / '/x', W('c:/a') / 'c:y', W('a', 'c:b', 'd'))
print(W('c:/x/y').relative_to('C:/X'), W('c:/a/b.TXT').match('*.txt'), W('c:/a').match('C:/*'))
print(W('//s/sh/a').parent, W('//s/sh/').parent, list(W('c:/a/b').parents))
for s in ['nul', 'NUL.txt', 'a/con', 'com1', 'COM\xb9', 'lpt9.x', 'aux:', 'normal', '//s/sh/nul',
          'con .txt']:
    print(repr(s), W(s).is_reserved())
print(W('c:/a/b.txt').with_suffix('.py'), W('c:/a/b').with_name('z'), W('a\\b').as_posix())
try:
    W('c:/a').with_name('x\\y')
except ValueError as e:
    print('ValueError', e)
print(type(PurePath('a')).__name__)
