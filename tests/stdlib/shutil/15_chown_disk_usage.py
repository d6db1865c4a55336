import os
import shutil

with open('f', 'w') as f:
    f.write('x')
u = shutil.disk_usage('.')
print(type(u).__name__, u._fields, u.total >= u.used, u.total >= u.free, u.free >= 0)
print(shutil.disk_usage(b'.').total == u.total)
shutil.chown('f', user=os.getuid(), group=os.getgid())
print(os.stat('f').st_uid == os.getuid())
try:
    shutil.chown('f')
except ValueError as e:
    print('ValueError', e)
try:
    shutil.disk_usage('missing')
except FileNotFoundError as e:
    print('FileNotFoundError', e)
print('chown' in shutil.__all__, 'disk_usage' in shutil.__all__)
