import os

os.environ['HOME'] = '/home/tester'
for p in ['~', '~/', '~/x/y', '~//x', 'x/~', '', 'a~', '~user_that_does_not_exist_zz/x',
          b'~/b', b'~']:
    print(repr(p), repr(os.path.expanduser(p)))
os.environ['HOME'] = '/'
print(os.path.expanduser('~'), os.path.expanduser('~/x'))
os.environ['HOME'] = '/home/trailing/'
print(os.path.expanduser('~/y'))
os.environ['HOME'] = ''
print(repr(os.path.expanduser('~')), repr(os.path.expanduser('~/z')))

os.environ['ZV_A'] = 'alpha'
os.environ['ZV_B'] = 'be ta'
os.environ['ZV_EMPTY'] = ''
for p in ['$ZV_A', '${ZV_A}', '$ZV_A/x', '${ZV_A}x', '$ZV_Ax', 'pre$ZV_B/post', '$ZV_MISSING',
          '${ZV_MISSING}', '$', '$$ZV_A', '${', '${ZV_A', '$ZV_EMPTY|', 'a$1b', '$ZV_A$ZV_B',
          '${ZV_A}${ZV_B}', '${}', 'no vars', '$-x', '$ZV_A.txt', '$ÿ', '${ZV A}',
          b'$ZV_A/b', b'${ZV_B}', b'$ZV_MISSING']:
    print(repr(p), repr(os.path.expandvars(p)))
for f in (os.path.expanduser, os.path.expandvars):
    try:
        f(None)
    except TypeError as e:
        print(f.__name__, 'TypeError', e)
