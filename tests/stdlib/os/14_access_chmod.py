import os
import stat

os.umask(0o022)
with open('f', 'w') as f:
    f.write('x')
os.mkdir('d')
print(stat.filemode(os.stat('f').st_mode), stat.filemode(os.stat('d').st_mode))
print(os.access('f', os.F_OK), os.access('f', os.R_OK), os.access('f', os.W_OK))
print(os.access('missing', os.F_OK), os.access('missing', os.R_OK))
print(os.access('d', os.X_OK), os.access(b'f', os.F_OK))
print(os.access('f', os.R_OK | os.W_OK))

os.chmod('f', 0o755)
print(stat.filemode(os.stat('f').st_mode), os.access('f', os.X_OK))
os.chmod('f', stat.S_IRUSR | stat.S_IWUSR)
print(stat.filemode(os.stat('f').st_mode), oct(stat.S_IMODE(os.stat('f').st_mode)))
os.chmod('d', 0o1777)
print(stat.filemode(os.stat('d').st_mode))
os.chmod('f', 0o4755)
print(stat.filemode(os.stat('f').st_mode))
os.chmod(b'f', 0o644)
print(stat.filemode(os.stat('f').st_mode))

for args in [('missing', 0o644), (None, 0o644)]:
    try:
        os.chmod(*args)
    except Exception as e:
        print(type(e).__name__, e)
os.chmod('f', 0o600, follow_symlinks=False)
print(stat.filemode(os.stat('f').st_mode))
os.symlink('f', 'link')
for p in ['link', 'missing']:
    try:
        os.chmod(p, 0o644, follow_symlinks=False)
    except Exception as e:
        print(type(e).__name__, e)
print(stat.filemode(os.stat('f').st_mode))
