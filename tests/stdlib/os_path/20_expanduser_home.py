# expanduser with HOME set (str and bytes forms) and the user-name form left alone when the
# user is unknown; expansion happens only at the start of the path.
import os

os.environ['HOME'] = '/home/nb user'
cases = ['~', '~/', '~/notebooks/a.ipynb', '~~', '~/~', 'a/~/b', ' ~', '~.', '~/.config',
         '~/../x', '~no_such_user_q9/f', '~' + os.sep * 3 + 'x']
for c in cases:
    print(repr(c), repr(os.path.expanduser(c)))
print(os.path.expanduser(b'~/data'), os.path.expanduser(b'x~'))
for home in ['/', '//', '/tmp/h/', 'relative/home', '~weird', '/a/../b']:
    os.environ['HOME'] = home
    print(repr(home), repr(os.path.expanduser('~')), repr(os.path.expanduser('~/f')))
os.environ['HOME'] = '/h'
print(os.path.join(os.path.expanduser('~'), 'x'), os.path.normpath(os.path.expanduser('~/./a/../b')))
print(os.path.expanduser(os.path.join('~', 'docs')))
from pathlib import Path
print(repr(os.path.expanduser(Path('~/p'))))
print(os.path.expandvars(os.path.expanduser('~/$ZZ_UNSET_VAR')))
