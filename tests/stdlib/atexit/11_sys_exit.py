# sys.exit(0) ends the program, then the callbacks run (they see the module's globals).
import atexit
import sys

state = {'stage': 'start'}


def bye(who):
    print('bye from', who, 'stage', state['stage'])


atexit.register(bye, 'first registered')
atexit.register(bye, 'second registered')
try:
    sys.exit(0)
except SystemExit as e:
    print('caught', type(e).__name__, e.code)
state['stage'] = 'exiting'
print('calling sys.exit(0)')
sys.exit(0)
print('not reached')
