# sys.exit('message') prints the message on stderr and exits 1; callbacks run, and one calling
# sys.exit itself does not change the status.
import atexit
import sys


def quiet_exit():
    try:
        sys.exit(7)
    except SystemExit as e:
        print('callback caught SystemExit', e.code)


atexit.register(print, 'callbacks run after the message')
atexit.register(quiet_exit)
print('exiting with a message')
sys.exit('fatal: giving up')
