# os.path.expanduser uses the password database for '~user', and for '~' when HOME is unset.
import os
import pathlib
import pwd

mine = pwd.getpwuid(os.getuid())
home = mine.pw_dir.rstrip('/') or '/'
root_home = pwd.getpwnam('root').pw_dir
os.environ.pop('HOME', None)
print('HOME' in os.environ)
print(os.path.expanduser('~') == home)
print(os.path.expanduser('~/docs/a.txt') == os.path.join(home, 'docs/a.txt'))
print(os.path.expanduser(b'~') == os.fsencode(home))
print(os.path.expanduser('~root') == root_home, os.path.expanduser('~root/x') == root_home + '/x')
print(os.path.expanduser(b'~root/x') == os.fsencode(root_home) + b'/x')
print(os.path.expanduser('~%s' % mine.pw_name) == home)
for p in ['~no_such_user_xyz', '~no_such_user_xyz/a', 'a/~', '', 'x~', b'~no_such_user_xyz']:
    print(repr(os.path.expanduser(p)))
print(pathlib.Path.home() == pathlib.Path(home))
print(pathlib.Path('~/sub').expanduser() == pathlib.Path(home, 'sub'))
print(pathlib.Path('~root').expanduser() == pathlib.Path(root_home))
try:
    pathlib.Path('~no_such_user_xyz/a').expanduser()
except RuntimeError as e:
    print(type(e).__name__, e)
os.environ['HOME'] = '/custom/home/'
print(os.path.expanduser('~'), os.path.expanduser('~/x'), os.path.expanduser('~root') == root_home)
os.environ['HOME'] = '/'
print(repr(os.path.expanduser('~')), repr(os.path.expanduser('~/y')))
