# os.chown to the file's own uid and gid (allowed for the owner), -1 meaning unchanged.
import os
import pathlib

with open('f.txt', 'w') as f:
    f.write('x')
st = os.stat('f.txt')
print(os.chown('f.txt', st.st_uid, st.st_gid))
print(os.chown('f.txt', -1, -1), os.chown('f.txt', st.st_uid, -1), os.chown('f.txt', -1, st.st_gid))
print(os.chown(path='f.txt', uid=-1, gid=-1), os.chown(b'f.txt', -1, -1))
print(os.chown(pathlib.Path('f.txt'), -1, -1), os.chown('f.txt', -1, -1, follow_symlinks=False))
print(os.chown('f.txt', -1, -1, dir_fd=None))
after = os.stat('f.txt')
print(after.st_uid == st.st_uid, after.st_gid == st.st_gid, after.st_mode == st.st_mode)
os.mkdir('d')
os.chown('d', os.getuid(), os.getgid())
print(os.stat('d').st_uid == os.getuid())
print(os.chown('f.txt', True and st.st_uid, st.st_gid))
for path in ['missing', 'd/missing', 'f.txt/x']:
    try:
        os.chown(path, -1, -1)
    except OSError as e:
        print(type(e).__name__, e.errno, e, '|', e.filename)
