# _ncallbacks counts registrations (an unregistered one keeps its slot until the list is cleared);
# _clear drops them all, so nothing runs at exit.
import atexit

base = atexit._ncallbacks()

def f():
    print('f must not run')

print(atexit._ncallbacks() - base)
atexit.register(f)
atexit.register(f)
atexit.register(print, 'x')
print(atexit._ncallbacks() - base)
atexit.unregister(f)
print(atexit._ncallbacks() - base)
atexit.register(f)
print(atexit._ncallbacks() - base)
print(atexit._clear())
print(atexit._ncallbacks())
atexit.register(print, 'registered after _clear: runs at exit')
print(atexit._ncallbacks())
print(type(atexit._ncallbacks()).__name__)
print('end of program')
