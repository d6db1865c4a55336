# pathlib's Path.owner() and group() name the file's uid and gid through pwd and grp.
import grp
import os
import pathlib
import pwd

p = pathlib.Path('owned.txt')
p.write_text('data')
st = os.stat(p)
print(st.st_uid == os.getuid(), st.st_gid == os.getgid())
print(p.owner() == pwd.getpwuid(st.st_uid).pw_name, type(p.owner()).__name__)
print(p.group() == grp.getgrgid(st.st_gid).gr_name, type(p.group()).__name__)
d = pathlib.Path('sub')
d.mkdir()
print(d.owner() == p.owner(), d.group() == p.group())
link = pathlib.Path('link')
link.symlink_to('owned.txt')
print(link.owner() == p.owner())
missing = pathlib.Path('missing.txt')
for method in (missing.owner, missing.group):
    try:
        method()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
print(pathlib.Path('/').owner() == pwd.getpwuid(0).pw_name)
