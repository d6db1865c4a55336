# A callback registered while the callbacks run is not called; one unregistered then is skipped.
import atexit

atexit._clear()


def late():
    print('late must not run')


def pending():
    print('pending must not run')


def registers():
    print('registers adds late and removes pending')
    atexit.register(late)
    atexit.unregister(pending)
    print('count while running', atexit._ncallbacks())


atexit.register(print, 'oldest runs last')
atexit.register(pending)
atexit.register(registers)
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print('after run', atexit._ncallbacks())

# the same happens at interpreter exit
atexit.register(print, 'at exit: last')
atexit.register(pending)
atexit.register(registers)
print('end of program')
