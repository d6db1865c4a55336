# _run_exitfuncs calls the callbacks now (last first) and forgets them: they do not run again at exit.
import atexit

atexit._clear()

def cb(tag):
    print('callback', tag)

atexit.register(cb, 1)
atexit.register(cb, 2)
atexit.register(cb, 3)
atexit.unregister(cb)
atexit.register(cb, 4)
atexit.register(cb, 5)
print('before', atexit._ncallbacks())
print(atexit._run_exitfuncs())
print('after', atexit._ncallbacks())
print(atexit._run_exitfuncs())
atexit.register(cb, 'at exit')
print('end of program')
