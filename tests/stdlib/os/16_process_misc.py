import os

print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.getuid()).__name__, type(os.getgid()).__name__)
n = os.cpu_count()
print(type(n).__name__, n >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(16) != r)
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError', e)
try:
    os.urandom('x')
except TypeError as e:
    print('TypeError', e)
print(os.strerror(2), '|', os.strerror(13), '|', os.strerror(17), '|', os.strerror(0))
print(os.strerror(99999))
try:
    os.strerror('x')
except TypeError as e:
    print('TypeError', e)
old = os.umask(0o027)
print(oct(os.umask(old)))
print(os.umask(old) == old)
try:
    print(os.get_terminal_size())
except OSError as e:
    print('OSError', e)
t = os.terminal_size((100, 40))
print(t, t.columns, t.lines, t[0], len(t), t == (100, 40))
for bad in [(1,), (1, 2, 3), 5]:
    try:
        os.terminal_size(bad)
    except TypeError as e:
        print('TypeError', e)
print(os.terminal_size.n_fields, os.terminal_size.__match_args__)
for code in [1, 2, 13, 17, 20, 21, 39]:
    e = OSError(code, os.strerror(code), 'p')
    print(code, type(e).__name__, e)
