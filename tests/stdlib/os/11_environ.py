import os

print(type(os.environ).__name__, type(os.environ).__module__)
os.environ['ZTEST_T1'] = 'one'
print(os.environ['ZTEST_T1'], os.getenv('ZTEST_T1'), 'ZTEST_T1' in os.environ)
print(os.environ.get('ZTEST_MISSING'), os.getenv('ZTEST_MISSING', 'dflt'))
os.environ['ZTEST_T1'] = 'two'
print(os.environ['ZTEST_T1'])
del os.environ['ZTEST_T1']
print('ZTEST_T1' in os.environ, os.getenv('ZTEST_T1'))

for op in [lambda: os.environ['ZTEST_MISSING'], lambda: os.environ.__delitem__('ZTEST_MISSING'),
           lambda: os.environ.__setitem__('ZTEST_X', 1), lambda: os.environ.__setitem__(2, 'x'),
           lambda: os.environ[3], lambda: 4 in os.environ,
           lambda: os.environ.__setitem__('BAD=NAME', 'x'),
           lambda: os.environ.__setitem__('', 'x'),
           lambda: os.environ.__setitem__('ZTEST_N', 'a\0b')]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, repr(e))

print(os.environ.setdefault('ZTEST_SD', 'first'), os.environ.setdefault('ZTEST_SD', 'second'))
print(os.environ.pop('ZTEST_SD'), os.environ.pop('ZTEST_SD', 'gone'))
os.environ.update({'ZTEST_U1': 'a', 'ZTEST_U2': 'b'})
print(sorted(k for k in os.environ if k.startswith('ZTEST_')))
c = os.environ.copy()
print(type(c).__name__, c['ZTEST_U1'], len(c) == len(os.environ))
merged = os.environ | {'ZTEST_U3': 'c'}
print(type(merged).__name__, merged['ZTEST_U3'], 'ZTEST_U3' in os.environ)
merged = {'ZTEST_U1': 'z'} | os.environ
print(type(merged).__name__, merged['ZTEST_U1'])
os.environ |= {'ZTEST_U4': 'd'}
print(os.environ['ZTEST_U4'])
try:
    os.environ | 1
except TypeError as e:
    print('TypeError', e)
try:
    os.environ |= {'ZTEST_U5': 5}
except TypeError as e:
    print('TypeError', e)

os.putenv('ZTEST_PUT', 'x')
print('ZTEST_PUT' in os.environ)
os.unsetenv('ZTEST_U4')
print('ZTEST_U4' in os.environ)
for args in [('', 'x'), ('A=B', 'x'), ('=A', 'x'), ('A', 'x\0'), (1, 'x')]:
    try:
        os.putenv(*args)
    except Exception as e:
        print('putenv', type(e).__name__, repr(e))
for arg in ['', 'A=B', 1]:
    try:
        os.unsetenv(arg)
    except Exception as e:
        print('unsetenv', type(e).__name__, repr(e))

os.environ['ZTEST_B'] = 'bytes'
print(os.environb[b'ZTEST_B'], os.getenvb(b'ZTEST_B'), b'ZTEST_B' in os.environb)
os.environb[b'ZTEST_B2'] = b'v2'
print(os.environ['ZTEST_B2'])
try:
    os.environb['str']
except TypeError as e:
    print('TypeError', e)
print(repr(os.environ).startswith('environ({'), repr(os.environ).endswith('})'))
print(os.get_exec_path({'PATH': '/a:/b'}), os.get_exec_path({}))
os.environ['PATH'] = '/x:/y'
print(os.get_exec_path())
