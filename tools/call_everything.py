"""Calls every public callable of the named modules, and every method of their classes,
with a handful of argument shapes (none, None, two Nones, an int, strs), swallowing the
exceptions. Run under Cellar, the process must end with 'DONE': a wrong argument count or type
must raise, never abort. tests/native_arguments.rs runs it over the modules Cellar has."""
import sys

# Calls that would end the process, block, or change the machine.
SKIP = {
    'exit', '_exit', 'abort', 'kill', 'input', 'breakpoint', 'help', 'sleep', 'fork', 'wait',
    'read', 'system', 'rmtree', 'remove', 'unlink', 'rmdir', 'removedirs', 'chdir',
    'run_atexit', '_run_exitfuncs', 'reset', 'setrecursionlimit', 'set_int_max_str_digits',
    'close', 'closerange', 'umask', 'putenv', 'unsetenv', 'chmod', 'chown', 'rename', 'replace',
    'shutdown', 'disable', 'basicConfig', 'stdin', 'clear', '__del__', '__exit__',
    '__init_subclass__', 'mkdir', 'makedirs', 'link', 'symlink', 'write', 'utime', 'seed',
    'setstate', 'collect', 'freeze', 'set_debug', 'set_threshold', 'register', 'unregister', 'open',
    'mkfifo', 'truncate', 'ftruncate', 'fsync',
}
SHAPES = [(), (None,), (None, None), (1,), (-1, -1), ('x',), ('x', 'y', 'z'), ([],)]


def poke(label, f):
    for args in SHAPES:
        try:
            r = f(*args)
            if hasattr(r, '__next__') and not hasattr(r, 'fileno'):
                for _ in range(3):
                    next(r, None)
        except BaseException:
            pass


for name in sys.argv[1:]:
    m = __import__(name)
    for n in sorted(dir(m)):
        if n in SKIP or n.startswith('__'):
            continue
        f = getattr(m, n)
        if isinstance(f, type):
            if issubclass(f, BaseException):
                continue
            for a in sorted(dir(f)):
                if a in SKIP:
                    continue
                try:
                    meth = getattr(f, a)
                except BaseException:
                    continue
                if callable(meth):
                    poke(f'{name}.{n}.{a}', meth)
        elif callable(f):
            poke(f'{name}.{n}', f)
print('DONE')
