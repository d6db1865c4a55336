# expandvars reads os.environ at call time; expansion is single-pass (a value containing '$'
# is not expanded again); unknown names are left as written.
import os

for k in list(os.environ):
    if k.startswith('QX_'):
        del os.environ[k]
os.environ['QX_DIR'] = '/data'
os.environ['QX_NAME'] = 'run 1'
os.environ['QX_INDIRECT'] = '$QX_DIR'
for p in ['$QX_DIR/$QX_NAME.csv', '${QX_DIR}_backup', '$QX_INDIRECT/x', '$QX_UNSET/x',
          '${QX_UNSET}', '$QX_DIR$QX_DIR', 'cost: $5', '100%', '%QX_DIR%', '$$QX_DIR',
          '$QX_DIR-2', '$QX_DIR.2', '${QX_DIR}}', '{$QX_DIR}', '$(QX_DIR)', '$qx_dir']:
    print(repr(p), repr(os.path.expandvars(p)))
os.environ['QX_DIR'] = '/other'
print(os.path.expandvars('$QX_DIR'))
del os.environ['QX_DIR']
print(os.path.expandvars('$QX_DIR'))
os.environ['QX_UNI'] = 'naïve'
print(os.path.expandvars('$QX_UNI'), os.path.expandvars(b'$QX_UNI'))
os.environ['QX_E'] = ''
print(repr(os.path.expandvars('[$QX_E]')), repr(os.path.expandvars(b'[${QX_E}]')))
os.environ['QX_1'] = 'one'
print(os.path.expandvars('$QX_1$QX_12'), os.path.expandvars('${QX_1}2'))
print(os.path.expandvars(os.path.join('$QX_UNI', '${QX_1}')))
for bad in [None, 12, ['$QX_1']]:
    try:
        os.path.expandvars(bad)
    except TypeError as e:
        print('TypeError', e)
