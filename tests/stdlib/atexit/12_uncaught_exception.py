# An uncaught exception still runs the callbacks (after the traceback); the status is 1.
import atexit


def cleanup(what):
    print('cleanup', what)


atexit.register(cleanup, 'files')
atexit.register(cleanup, 'sockets')
print('about to fail')
{}['no such key']
